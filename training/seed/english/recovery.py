"""Module 1 in English: Recovery and empowerment."""

from ..blocks import bullets, heading, question, right, several, situation, text, wrong
from . import key_points

MODULE = {
    "slug": "recovery-and-empowerment",
    "title": "Recovery and empowerment",
    "intro": "How we think about recovery, and what it means for you as a Tidgiver.",
    "body": [
        heading("Recovery is a journey the participant owns"),
        text(
            "In Blå Kors steg for steg we use the word <b>recovery</b> for a process in which a person finds their "
            "way to a meaningful life – even if some challenges are still there. Recovery is not something we do "
            "to the participant. It is something the participant does, with support from others.",
            "We see recovery as both personal and social. Personal, because it is the participant's own goals, "
            "choices and experiences that count. Social, because nobody gets better alone: relationships, a safe "
            "place to live, something to do during the day and people to be with mean a great deal.",
        ),
        heading("The participant is the expert on their own life"),
        text(
            "The participant sets their own goals together with the adviser. That might be getting the bills in "
            "order, starting a course or daring to go back to the gym. Your task is not to work out what is best "
            "for the participant, but to support what the participant has chosen.",
            "The relationship between participant, staff member and Tidgiver is one of equals: open, honest and "
            "built on trust. You are an ordinary fellow human who has chosen to give some of your time – not a "
            "therapist.",
        ),
        heading("Empowerment: finding your own strength"),
        text(
            "Empowerment is about having power over your own life. We emphasise what promotes health:",
            bullets(
                "participation – having a say",
                "mastery – experiencing that something goes well",
                "speaking your mind and standing by it",
                "respect for the participant's culture and values",
            ),
            "We start with what the participant can do and wants to do, not with the problems. We ask about "
            "strengths, interests and dreams. You do not need to know anything about diagnoses or treatment "
            "history.",
        ),
        heading("Social capital"),
        text(
            "Social capital is the ties between people: networks, trust and helping one another. Many "
            "participants have lost touch with family and friends, or have a network tied to substance use or "
            "crime. Loneliness is one of the most important reasons for relapse.",
            "As a Tidgiver you are a <b>door-opener</b>. You can come along the first time to a choir, a training "
            "group or a volunteer club, so the threshold is lower. But the goal is for the participant to have "
            "their own network in ordinary settings – not for you to become the whole network.",
        ),
        situation(
            "The goal that was not yours",
            "The participant you meet, Jonas, has set himself the goal of getting his driving licence. You think "
            "it is more important that he gets a job, and you have a friend who can find him a work placement. "
            "Jonas does not seem interested when you mention it.",
            "Who decides what matters most for Jonas now?",
            "How can you support his goal of a driving licence?",
            "What can you do with the tip about a work placement without pushing him?",
        ),
        key_points(
            "Recovery is a personal and social process that the participant owns.",
            "The participant sets the goals; you support them.",
            "Start with strengths and interests, not with problems or diagnoses.",
            "You open doors to ordinary settings; you are not the network itself.",
        ),
        question(
            "Who sets the goals for the participant's recovery?",
            [
                wrong("The Tidgiver, who knows the participant best in everyday life"),
                right("The participant, together with the adviser"),
                wrong("The coordinator, based on what has worked for others"),
                wrong("The GP or the therapist"),
            ],
            "The participant is the expert on their own life and sets their own goals. The adviser helps with the "
            "plan, and you support what the participant has chosen.",
        ),
        question(
            "What does it mean that recovery is a social process?",
            [
                wrong("That recovery only happens in groups"),
                right("That relationships, community and ordinary settings matter a great deal for recovery"),
                wrong("That the participant must be in touch with their family"),
                wrong("That the Tidgiver is responsible for the participant's network"),
            ],
            "Nobody gets better alone. Good relationships, a safe place to live and something meaningful to do are "
            "part of recovery – but the participant decides which relationships matter.",
        ),
        several(
            "Which of these are part of empowerment thinking? Choose all that apply.",
            [
                right("Participation – having a say"),
                right("Mastery – experiencing that something goes well"),
                wrong("The Tidgiver taking over tasks the participant finds hard"),
                right("Respect for the participant's culture and values"),
            ],
            "Empowerment is about finding your own strength. Taking over tasks may be well meant, but it takes "
            "away the participant's chance to master them.",
        ),
        question(
            "You are meeting a participant for the first time. What is best to talk about?",
            [
                wrong("Which diagnosis the participant has"),
                wrong("Why the participant started using drugs"),
                right("What the participant likes doing, and what they would like to achieve"),
                wrong("How long the participant has been in treatment"),
            ],
            "We start with strengths, interests and dreams – not with problems. Diagnoses and treatment are not "
            "something you need to know about.",
        ),
        question(
            "What is your role when a participant wants to join a choir?",
            [
                wrong("To come to every rehearsal, so the participant is never alone there"),
                right("To open the door: for example come along the first few times, then step back gradually"),
                wrong("To call the choir leader and tell them about the participant's background"),
                wrong("To suggest another choir that you sing in yourself"),
            ],
            "You lower the threshold, but the goal is for the participant to have their own relationships in the "
            "choir. You never tell others about the participant's background.",
        ),
        several(
            "What characterises the relationship between participant, staff member and Tidgiver? Choose all "
            "that apply.",
            [
                right("Equality"),
                right("Openness and honesty"),
                wrong("The Tidgiver knowing best because they have not had the same problems"),
                right("Trust"),
            ],
            "The relationship is one of equals: open, honest and built on trust. Many Tidgivers have been "
            "participants themselves; that is a strength, not an obstacle.",
        ),
    ],
}
