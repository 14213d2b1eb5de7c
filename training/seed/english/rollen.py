"""Module 5 in English: The role of a Tidgiver in steg for steg."""

from ..blocks import bullets, heading, question, right, several, situation, text, wrong
from . import key_points

MODULE = {
    "slug": "the-role-of-a-tidgiver",
    "title": "The role of a Tidgiver in steg for steg",
    "intro": "What steg for steg is, what Tidgivers do, and how you get started.",
    "body": [
        heading("A completely ordinary life"),
        text(
            "Blå Kors steg for steg is a free transition service for people who want “a completely ordinary "
            "life” – before, during or after treatment for substance use, after prison or with mental health "
            "challenges. No referral is needed, and there is no waiting time.",
            "Many find that ordinary life is an unfamiliar arena, with codes and rules they do not know. "
            "Loneliness and the lack of a drug-free network are among the most important reasons for relapse. "
            "That is why Tidgivers – ordinary people who are not paid to be there – matter so much.",
        ),
        heading("Life areas and kinds of support"),
        text(
            "Together with the adviser the participant looks at the life areas <b>housing, network, work and "
            "school, finances and leisure</b>, and decides what matters most right now. The service is built "
            "from three kinds of support:",
            bullets(
                "<b>Activity</b>: culture and leisure together, such as cinema, concerts, walks, football, "
                "swimming or bowling, so the participant finds an activity of their own.",
                "<b>Follow-up</b>: practical support in everyday life, such as bills, shopping, contact with "
                "public offices, flat viewings and furnishing, motivation for work and school, theme evenings "
                "and courses in everyday skills.",
                "<b>Network</b>: mapping the network and connecting with clubs, associations and choirs.",
            ),
        ),
        heading("Three kinds of Tidgivers"),
        text(
            "Some Tidgivers have been participants themselves – from receiving help to giving it. Others are "
            "companions with no background of substance use. And some contribute professional knowledge, for "
            "example about personal finances or working life. Everyone is needed, and your own experience of "
            "substance use is no obstacle.",
        ),
        heading("The match and the first meeting"),
        text(
            "The staff match you with a participant after a conversation with the participant about their "
            "needs, interests and personality – and based on your interests, what you can do and when you have "
            "time.",
            "The first meeting often takes place together with the adviser or the coordinator, in a safe and "
            "neutral place. Use the time to get to know each other: What do you enjoy? What does the participant "
            "want to achieve? Agree how you will keep in touch and when you will meet next. It is perfectly fine "
            "not to know everything after the first meeting.",
        ),
        heading("Logging hours – and why it matters"),
        text(
            "After each meeting you log the time and the type of activity, as your coordinator explains to you. "
            "The portal will get its own hours log in time; until then you agree with the coordinator how to "
            "do it.",
            "The hours show what volunteering means: steg for steg reports to those who fund the service, and "
            "the figures help the coordinator follow up both you and the participant. Never write sensitive "
            "information in the hours log.",
        ),
        situation(
            "Before the first meeting",
            "You have heard that you are matched with Ali, who likes football and wants to get fit. You are to "
            "meet at the steg for steg office together with the adviser next week. You are a little nervous.",
            "What would you like to know about Ali – and what do you not need to know?",
            "What can you agree on before you part?",
        ),
        key_points(
            "The life areas are housing, network, work and school, finances and leisure – the participant "
            "chooses what matters most.",
            "The kinds of support are activity, follow-up and network.",
            "The staff make the match; the first meeting often takes place together with the adviser.",
            "Log your hours after each meeting – without sensitive information.",
        ),
        several(
            "Which three kinds of support does steg for steg use? Choose all that apply.",
            [
                right("Activity"),
                right("Follow-up"),
                right("Network"),
                wrong("Treatment"),
            ],
            "Steg for steg is not treatment. The kinds of support are activity, follow-up and network.",
        ),
        question(
            "Who decides which life area the participant works on first?",
            [
                wrong("The Tidgiver"),
                right("The participant"),
                wrong("The coordinator"),
                wrong("The municipality"),
            ],
            "The participant decides what matters most here and now, and makes the plan together with the adviser.",
        ),
        question(
            "Who makes the match between you and a participant?",
            [
                wrong("You choose from a list yourself"),
                wrong("The participant chooses from a list"),
                right("The staff, after mapping needs, interests and personality"),
                wrong("Whoever has waited longest gets the next one"),
            ],
            "The staff make the match after mapping the participant's needs and interests and what you can do "
            "and have time for.",
        ),
        question(
            "Why do you log hours after meetings?",
            [
                wrong("So that you get paid"),
                right("Because the figures show what volunteering means, and help the coordinator follow up"),
                wrong("To document how the participant is doing"),
                wrong("It is not necessary"),
            ],
            "The hours are used in reports to those who fund the service and in the follow-up. Tidgivers are "
            "volunteers and are not paid.",
        ),
        question(
            "You were a participant in steg for steg yourself a few years ago. Can you become a Tidgiver?",
            [
                right("Yes, many Tidgivers have their own experience – from receiving help to giving it"),
                wrong("No, Tidgivers cannot have a background of substance use"),
                wrong("Only if ten years have passed"),
                wrong("Only as a companion for other former participants"),
            ],
            "Your own experience is a strength. Going from receiving help to contributing is part of the method.",
        ),
        several(
            "What fits well in a first meeting? Choose all that apply.",
            [
                right("Getting to know each other and talking about interests"),
                right("Agreeing how you will keep in touch"),
                wrong("Asking about the participant's history of substance use"),
                right("Hearing what the participant would like to achieve"),
            ],
            "The first meeting is about getting to know each other and making agreements. The participant tells "
            "their own story, if and when they want to.",
        ),
    ],
}
