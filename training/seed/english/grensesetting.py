"""Module 2 in English: Setting boundaries."""

from ..blocks import bullets, heading, question, right, several, situation, text, wrong
from . import key_points

MODULE = {
    "slug": "setting-boundaries",
    "title": "Setting boundaries",
    "intro": "A safe framework makes it easier to be a Tidgiver – for you and for the participant.",
    "body": [
        heading("Your role and the staff's role"),
        text(
            "The adviser is responsible for the participant's plan and for the follow-up. You support the "
            "participant in the tasks and activities you have agreed on. You are not a therapist, a caseworker "
            "or a financial adviser (unless that is exactly what you were matched for), and you should not carry "
            "the responsibility alone.",
        ),
        heading("Time and availability"),
        text(
            "Agree when and how often you meet, and how you keep in touch. You do not need to answer messages in "
            "the evening or at weekends unless you have agreed to. It is better to promise a little and keep it "
            "than to promise a lot and have to pull back.",
        ),
        heading("Money, gifts and receipts"),
        text(
            bullets(
                "You do not lend the participant money, and you do not borrow money from the participant.",
                "Agree with the coordinator in advance who pays for activities, for example cinema tickets.",
                "Keep receipts and hand them in the way your unit has agreed.",
                "Do not give or accept gifts of value. If you are unsure, ask the coordinator.",
            )
        ),
        heading("At home, on the phone and on social media"),
        text(
            "Meet the participant in public places or where the unit has agreed. You do not give out your home "
            "address, and you do not invite the participant to your home. Use the way of keeping in touch you "
            "have agreed on, and follow the unit's rules for friend requests on social media.",
        ),
        heading("Substance use and relapse"),
        text(
            "The participant should be sober when you meet. If the participant is intoxicated, you end the "
            "meeting kindly and tell the staff. We encourage openness about relapse. A relapse does not mean the "
            "participant loses their place in steg for steg – that is often exactly when support is needed most.",
        ),
        heading("Avoiding dependence – and saying no in a good way"),
        text(
            "The goal is for the participant to become more independent and have more people around them. If the "
            "participant only wants to be with you, or you notice that you are becoming the only person the "
            "participant trusts, talk to the coordinator.",
            "It is fine to say no. Say it kindly and clearly, ideally with a reason: “I can't help you with that, "
            "but I can come with you and ask the adviser.”",
        ),
        heading("When to pass things on to the adviser"),
        text(
            bullets(
                "when you are worried about the participant's health or safety",
                "when the participant asks about something to do with treatment, debt or the law",
                "when the participant asks for money or for something you have not agreed on",
                "when the relationship becomes difficult for you",
            )
        ),
        situation(
            "The message at eleven at night",
            "The participant you support, Sara, sends you a message late one evening: she has no money for food "
            "until her next payment, and asks if you can send her 500 kroner by Vipps. She promises to pay it "
            "back.",
            "What do you answer – and when?",
            "Who should know about the situation?",
            "How can you show that you care without lending money?",
        ),
        key_points(
            "The adviser owns the plan; you support what has been agreed.",
            "No lending of money – in either direction.",
            "Meet the participant in public or agreed places, not at your home.",
            "Intoxicated at a meeting: end it kindly and tell the staff. A relapse does not end the place.",
            "Say no kindly, and pass things on to the adviser when they are too big for you.",
        ),
        question(
            "A participant asks to borrow 500 kroner for food. What do you do?",
            [
                wrong("Lend the money, but ask to have it back within a week"),
                right("Say no kindly and help the participant get in touch with the adviser"),
                wrong("Give the money as a gift, so it is not a loan"),
                wrong("Ignore the message"),
            ],
            "Tidgivers do not lend money. A kind no and help to get in touch with the adviser (who may know of "
            "other options) is right.",
        ),
        question(
            "The participant arrives intoxicated at an appointment. What do you do?",
            [
                wrong("Carry on with the appointment as planned, so as not to reject the participant"),
                right("End the meeting kindly and tell the staff"),
                wrong("Report that the participant must leave steg for steg"),
                wrong("Keep it to yourself, so the participant does not get into trouble"),
            ],
            "The participant should be sober at meetings. You end kindly and tell the staff. A relapse does not "
            "mean the participant loses their place.",
        ),
        several(
            "Which of these are good boundaries for a Tidgiver? Choose all that apply.",
            [
                right("You meet in public places or where the unit has agreed"),
                wrong("You give the participant your home address so they can drop by"),
                right("You answer messages at the times you have agreed"),
                right("You agree with the coordinator who pays for activities"),
            ],
            "Clear agreements about place, time and money make the relationship safe. You keep your home "
            "address to yourself.",
        ),
        question(
            "Who is responsible for the participant's plan?",
            [
                wrong("The Tidgiver"),
                right("The adviser, together with the participant"),
                wrong("The participant's family"),
                wrong("Nobody – the plan takes shape along the way"),
            ],
            "The participant sets the goals, and the adviser is responsible for the plan and the follow-up. You "
            "support what has been agreed.",
        ),
        several(
            "When should you pass things on to the adviser? Choose all that apply.",
            [
                right("When you are worried about the participant's health or safety"),
                right("When the participant asks for advice about debt or treatment"),
                wrong("When you have had a nice walk together"),
                right("When the relationship becomes difficult for you"),
            ],
            "You should not carry the responsibility alone. The adviser is there for what is too big or outside "
            "your role.",
        ),
        question(
            "The participant only wants to meet you and has stopped going to other activities. What is best?",
            [
                wrong("Meet the participant more often, since it works"),
                right(
                    "Talk to the coordinator and look together at how the participant can get more people around them"
                ),
                wrong("Stop answering, so the participant has to manage alone"),
                wrong("Invite the participant to join your family at weekends"),
            ],
            "The goal is an independent life with more relationships. When the participant becomes dependent on "
            "you, you raise it with the coordinator instead of pulling back abruptly or widening your role.",
        ),
    ],
}
