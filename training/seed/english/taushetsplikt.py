"""Module 3 in English: Confidentiality and privacy."""

from ..blocks import bullets, heading, question, right, several, situation, text, wrong
from . import key_points

MODULE = {
    "slug": "confidentiality-and-privacy",
    "title": "Confidentiality and privacy",
    "intro": "What the confidentiality declaration means, and how you protect the participant's privacy.",
    "body": [
        heading("The confidentiality declaration"),
        text(
            "Before you meet a participant, you sign a confidentiality declaration. It means that you do not pass "
            "on what you learn about the participants – not their names, life situation, health or what they "
            "have been through.",
            "Your duty of confidentiality has no time limit. It also applies after you have stopped being a Tidgiver.",
        ),
        heading("What can you tell?"),
        text(
            "You are welcome to say that you are a Tidgiver, and what kind of things Tidgivers do. But nothing "
            "that would let others recognise the participant: no name, picture, place of residence, workplace or "
            "stories that can be traced back.",
            "If you need to talk about something that has been hard, do so with the coordinator or the adviser. "
            "There it is safe to share.",
        ),
        heading("When you meet by chance"),
        text(
            "If you meet the participant in the shop or on the bus, let the participant decide whether you greet "
            "each other. A good tip is to talk about this in advance. If others ask how you know each other, you "
            "do not need to explain – “we got to know each other” is enough.",
        ),
        heading("Privacy in everyday life"),
        text(
            bullets(
                "Do not take pictures of the participant unless they have said yes, and never post anything about "
                "participants on social media.",
                "Do not keep more about the participant on your phone than you need to arrange meetings.",
                "Do not write sensitive information in your hours log – only the time and the type of activity.",
            )
        ),
        heading("What you must report"),
        text(
            "Confidentiality does not mean you should be left alone with a worry. You must tell the staff if you "
            "learn that someone is in danger, for example that the participant is thinking of taking their own "
            "life, that someone is being subjected to violence, or that children are not getting good enough "
            "care. If a life is in danger, call 113 or 112 first.",
        ),
        situation(
            "The question at the birthday party",
            "At a birthday party you mention that you are a Tidgiver. A friend says: “How exciting! Who is it you "
            "help? Is it someone I know? I saw you at a café with a man last week.”",
            "What can you answer without breaking confidentiality?",
            "How can you talk about what you do as a Tidgiver in a good way?",
        ),
        key_points(
            "Confidentiality has no time limit and also applies after you stop.",
            "Feel free to talk about your role, but never anything that could identify a participant.",
            "Let the participant decide whether you greet each other when you meet by chance.",
            "Tell the staff when someone may be in danger – confidentiality is not the same as keeping quiet "
            "about everything.",
        ),
        question(
            "How long does your duty of confidentiality apply?",
            [
                wrong("As long as you are a Tidgiver"),
                wrong("For five years after you stop"),
                right("With no time limit – also after you have stopped"),
                wrong("Until the participant has finished steg for steg"),
            ],
            "Confidentiality has no time limit. What you have learned about participants you do not pass on – "
            "not even many years later.",
        ),
        several(
            "What can you tell friends and family? Choose all that apply.",
            [
                right("That you are a Tidgiver in Blå Kors steg for steg"),
                right("What kind of activities Tidgivers often do with participants"),
                wrong("The first name of the participant you meet"),
                wrong("A story the participant has told, as long as you do not say the name"),
            ],
            "You can talk about the role in general. Names and stories can let someone recognise the participant, "
            "and that is not allowed.",
        ),
        question(
            "You meet the participant by chance at the shopping centre. What do you do?",
            [
                wrong("Go over and greet them warmly, so the participant feels seen"),
                right("Let the participant decide whether you greet each other, as you may have discussed beforehand"),
                wrong("Pretend not to see the participant, whatever happens"),
                wrong("Tell the person you are with who the participant is"),
            ],
            "The participant decides. Some like to say hello, others do not want people around them to ask. Talk "
            "about it in advance.",
        ),
        several(
            "What must you tell the staff about? Choose all that apply.",
            [
                right("That the participant has talked about taking their own life"),
                right("That you are worried about the care of the participant's children"),
                right("That the participant is being threatened or subjected to violence"),
                wrong("What you ate at the café"),
            ],
            "When someone may be in danger, the staff must know. In acute danger you call 113 or 112 first.",
        ),
        question(
            "May you post a picture from a nice walk with the participant on Facebook?",
            [
                wrong("Yes, if the participant cannot be clearly seen"),
                wrong("Yes, if you do not write the name"),
                right("No, you do not post anything about participants on social media"),
                wrong("Yes, if the walk was organised by Blå Kors"),
            ],
            "A picture can reveal that a person is a participant. You do not post anything about participants on "
            "social media.",
        ),
        question(
            "What do you write in your hours log after a meeting?",
            [
                right("The time and type of activity – no sensitive information about the participant"),
                wrong("A short summary of what the participant told you"),
                wrong("How the participant was doing, so the coordinator can keep track"),
                wrong("Nothing, logging hours is optional"),
            ],
            "The hours log only needs the time and type of activity. If you are worried about something, talk to "
            "the staff instead of writing it down.",
        ),
    ],
}
