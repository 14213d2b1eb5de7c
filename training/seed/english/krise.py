"""Module 4 in English: When something happens – crisis and first aid."""

from ..blocks import bullets, heading, question, right, several, situation, text, wrong
from . import key_points

MODULE = {
    "slug": "crisis-and-first-aid",
    "title": "When something happens – crisis and first aid",
    "intro": "It rarely happens, but you should know what to do if it does.",
    "body": [
        heading("The numbers you must know"),
        text(
            bullets(
                "<b>113</b> – medical emergencies (ambulance)",
                "<b>112</b> – police",
                "<b>110</b> – fire",
                "<b>116 123</b> – Mental Helse's helpline, for someone to talk to",
            ),
            "Save the numbers on your phone, together with the coordinator's number.",
        ),
        heading("Suspected overdose"),
        text(
            "Signs of an overdose can be that the person does not respond or cannot be woken, breathes slowly, "
            "with a snoring sound or not at all, and has blue or grey lips.",
            "<ol><li>Speak loudly to the person and gently shake their shoulders.</li>"
            "<li>Call <b>113</b>. Turn on the loudspeaker so your hands are free and you can get advice.</li>"
            "<li>If the person is breathing, put them in the <b>recovery position</b>. If the person is not "
            "breathing normally, start CPR as 113 guides you.</li>"
            "<li>If you have <b>naloxone nasal spray</b>, give it (see below).</li>"
            "<li>Stay with the person until health workers arrive.</li></ol>",
        ),
        heading("How to give naloxone nasal spray"),
        text(
            "Naloxone reverses the effect of opioids, for example heroin, methadone and strong painkillers, for a "
            "while. If you are unsure whether it is an opioid overdose, it is still safe to give naloxone.",
            "<ol><li>Lay the person on their back, and support the neck so the head tilts slightly back.</li>"
            "<li>Put the tip of the spray into one nostril and press once.</li>"
            "<li>Put the person in the <b>recovery position</b>. If they are not breathing normally, do CPR as "
            "113 guides you.</li>"
            "<li>Call <b>113</b> if you have not done so yet.</li>"
            "<li>If the person does not wake up, or is not breathing better after 2–3 minutes, give a new dose in "
            "the other nostril. Each spray holds only one dose, so use a new spray.</li></ol>",
            "The effect of naloxone can wear off before the effect of the drug, and then the person can become "
            "unwell again. So the person must not be left alone: stay with them until health workers arrive – "
            "even if they wake up. The person must be examined by health workers in any case.",
        ),
        heading("Risk of suicide"),
        text(
            "Always take it seriously if someone talks about taking their own life. It is fine to ask directly: "
            "“Are you thinking about taking your life?” Asking does not increase the risk – it shows that you can "
            "bear to hear the answer.",
            bullets(
                "Listen, and stay with the person.",
                "If the danger is acute, call <b>113</b>.",
                "If the person needs someone to talk to, you can call <b>116 123</b> together.",
                "Always tell the staff – the same day.",
            ),
        ),
        heading("Violence or threats"),
        text(
            "Your own safety comes first. If you or others are threatened, leave the situation and get to safety. "
            "Call <b>112</b> if someone is in danger. Do not try to resolve a dangerous situation alone. Tell the "
            "staff afterwards.",
        ),
        heading("Afterwards"),
        text(
            "It is common to react after something dramatic, also the day after. Contact the coordinator for a "
            "talk. Talking about what you have been through is not a breach of confidentiality when you talk to "
            "the staff.",
        ),
        situation(
            "On the bench in the park",
            "You have agreed to go for a walk. When you arrive at the meeting place, the participant is slumped on "
            "a bench. They do not answer when you say their name, and their breathing is slow and snoring.",
            "What do you do in the first two minutes?",
            "What do you tell 113?",
            "Who do you contact afterwards, and why?",
        ),
        key_points(
            "Overdose: call 113, recovery position if the person is breathing, naloxone if you have it, stay until "
            "help arrives.",
            "Naloxone: on the back, spray into one nostril, recovery position. No response after 2–3 minutes: a "
            "new dose in the other nostril. Never leave the person alone.",
            "Risk of suicide: take it seriously, ask directly, stay with the person, call 113 in acute danger, "
            "tell the staff.",
            "Violence or threats: get to safety and call 112.",
            "Always talk to the staff afterwards.",
        ),
        question(
            "You find a person who cannot be woken and is breathing slowly. What do you do first?",
            [
                wrong("Call the coordinator and ask what to do"),
                right("Call 113"),
                wrong("Wait a little to see if the person wakes up by themselves"),
                wrong("Call 112"),
            ],
            "If you suspect an overdose, call 113 at once. You can talk to the coordinator afterwards.",
        ),
        question(
            "The person is breathing but unconscious. How do you position them?",
            [
                wrong("On their back with the legs raised"),
                right("In the recovery position"),
                wrong("Sitting against a wall"),
                wrong("On their stomach"),
            ],
            "The recovery position keeps the airway open if the person vomits. Keep an eye on the breathing until "
            "help arrives.",
        ),
        question(
            "The person wakes up after you have given naloxone nasal spray. What now?",
            [
                wrong("You can carry on with the walk, the danger is over"),
                wrong("You walk the person home"),
                right(
                    "The person must still be examined by health workers, because the naloxone can stop working "
                    "before the drug does"
                ),
                wrong("You give another dose straight away to be safe"),
            ],
            "Naloxone works for a shorter time than many opioids. The person can become unwell again and must be "
            "followed up by health workers. Stay with the person until help arrives, and do not leave them alone.",
        ),
        several(
            "A participant says: “Sometimes I think everyone would be better off without me.” What is the right "
            "thing to do? Choose all that apply.",
            [
                right("Take it seriously and ask directly whether they are thinking of taking their life"),
                wrong("Change the subject, so the participant does not get more upset"),
                right("Stay with the participant, and call 113 if the danger is acute"),
                right("Tell the staff the same day"),
            ],
            "Asking directly does not increase the risk. Stay with the person, call 113 in acute danger, and "
            "always tell the staff.",
        ),
        question(
            "What is 116 123?",
            [
                wrong("The police emergency number"),
                right("Mental Helse's helpline, for someone to talk to"),
                wrong("The number of the out-of-hours medical service"),
                wrong("Blå Kors' on-call phone"),
            ],
            "116 123 is Mental Helse's helpline. In acute danger you call 113.",
        ),
        question(
            "A person you are with threatens you. What do you do?",
            [
                wrong("Stay and try to calm the situation, so nobody else gets involved"),
                right("Leave the situation, get to safety and call 112 if someone is in danger"),
                wrong("Call 113"),
                wrong("Wait until the next meeting to bring it up"),
            ],
            "Your own safety comes first. In case of violence or threats, call the police on 112. Tell the staff "
            "afterwards.",
        ),
        question(
            "What do you do after a dramatic event?",
            [
                wrong("Keep it to yourself because of confidentiality"),
                right("Contact the coordinator for a talk"),
                wrong("Write about it in your hours log"),
                wrong("Tell friends so you can process it"),
            ],
            "It is common to react afterwards. A talk with the staff is safe and does not break confidentiality.",
        ),
    ],
}
