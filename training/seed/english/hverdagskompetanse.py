"""Module 6 in English: Everyday skills and networks."""

from ..blocks import bullets, heading, question, right, several, situation, text, wrong
from . import key_points

MODULE = {
    "slug": "everyday-skills-and-networks",
    "title": "Everyday skills and networks",
    "intro": "The quiet knowledge that keeps everyday life going, and how new relationships come about.",
    "body": [
        heading("Quiet knowledge"),
        text(
            "Much of what makes everyday life work we learn without thinking about it: reading a bill, calling an "
            "office and saying what it is about, making small talk in a break, knowing what to bring to a "
            "community work day. Blå Kors steg for steg calls this <b>everyday skills</b> – the practical and "
            "social skills needed for an ordinary life.",
            "Such knowledge is built up through experience, over time. Someone who has lived for a long time with "
            "substance use, in an institution or in prison has often not had the chance to practise it. It is "
            "not about ability, but about experience.",
        ),
        heading("Learning by doing – together"),
        text(
            "As a Tidgiver you do not demonstrate how things should be done; you do them together, and the "
            "participant leads. Next time the participant does a little more alone. “I don't want to be seen as "
            "someone who needs special treatment,” one participant said. Be a companion, not a teacher.",
        ),
        heading("The network map"),
        text(
            "Together with the adviser the participant makes a map of their network:",
            bullets(
                "who mattered before",
                "who is there now",
                "who and what the participant would like in the future",
            ),
            "The map makes it clear who is missing, and becomes the basis for a plan: which activities and places "
            "could lead to new relationships?",
        ),
        heading("Connecting with what already exists"),
        text(
            "Steg for steg does not create a separate life alongside society. We use the sports clubs, choirs, "
            "gyms, libraries, voluntary organisations and cultural activities that already exist where the "
            "participant lives. Many want to go there, but social insecurity stands in the way.",
            "This is where you open doors: you can find out about what is on offer together, you can come along "
            "the first few times, and you can help the participant practise what to say when you are new. Over "
            "time you step back, and the relationships in the group become the participant's own.",
        ),
        situation(
            "The choir rehearsal",
            "Mona has told you that she sang a lot when she was younger and would like to join a choir. She has "
            "found a choir nearby, but does not dare go alone. She wonders what to say if someone asks what she "
            "does for a living.",
            "How can you help Mona prepare for the first rehearsal?",
            "What could she answer when asked what she does?",
            "When and how do you step back?",
        ),
        key_points(
            "Everyday skills are quiet knowledge built from experience – not a question of ability.",
            "Do things together, and let the participant lead and do more alone each time.",
            "The network map shows the past, present and wished-for network.",
            "Use the clubs, choirs and activities that already exist, and step back gradually.",
        ),
        question(
            "What is meant by everyday skills?",
            [
                wrong("Formal education and courses"),
                right("Practical and social skills for an ordinary life, built up through experience"),
                wrong("The ability to manage entirely without help from others"),
                wrong("Knowledge about treatment for substance use"),
            ],
            "Everyday skills are the quiet knowledge that keeps everyday life going – something we learn by "
            "doing, over time.",
        ),
        several(
            "What does a network map show? Choose all that apply.",
            [
                right("Who has mattered before"),
                right("Who is in the network now"),
                right("Who and what the participant would like in the future"),
                wrong("Which diagnoses people in the network have"),
            ],
            "The map covers the past, present and wished-for network, and becomes the basis for a plan.",
        ),
        question(
            "The participant is going to call NAV for the first time. What is a good way to support them?",
            [
                wrong("You make the call for the participant, so it is done right"),
                right("You prepare the call together, and the participant calls while you sit next to them"),
                wrong("You send an e-mail with a link and let the participant work it out"),
                wrong("You ask the adviser to call instead"),
            ],
            "You do it together, and the participant leads. That builds the experience that makes it easier next time.",
        ),
        question(
            "Why does steg for steg use activities that already exist in the local community?",
            [
                wrong("Because it is cheaper than creating its own activities"),
                right("Because the goal is an ordinary life with relationships in ordinary settings"),
                wrong("Because Tidgivers are not allowed to organise anything themselves"),
                wrong("Because participants do not want to be with other participants"),
            ],
            "The goal is for the participant to have their own network where other people are too – in clubs, "
            "choirs and associations.",
        ),
        question(
            "The participant has gone climbing with you for three months and has got to know several people "
            "there. What is natural now?",
            [
                wrong("That you keep coming along every time, so nothing changes"),
                right(
                    "That you talk about the participant going more on their own, while you find something else "
                    "to do together"
                ),
                wrong("That you stop answering to make the participant independent"),
                wrong(
                    "That you tell the climbing group about the participant's background so they can make allowances"
                ),
            ],
            "As a door-opener you step back gradually once the relationships are in place – in agreement with the "
            "participant.",
        ),
    ],
}
