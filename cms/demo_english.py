"""English versions of the demo pages (Wagtail translations of the Norwegian ones), for `seed_demo`."""

from portal.localized import publish_translation

from .recruitment import ApplicationPage

LANGUAGE = "en"

PRIVACY_NOTICE = (
    "<p>We use the information in your application only to process it and, if you become a Tidgiver, to "
    "support you. Only the coordinators of the unit you apply to can see the application.</p>"
    "<p>If the application is withdrawn or turned down, we delete the information about you after six "
    "months.</p>"
    "<p>You can ask at any time to see, correct or delete the information.</p>"
)


def _rich(text):
    return f"<p>{text}</p>"


def home_fields(recruitment):
    return {
        "title": "A completely ordinary life",
        "intro": _rich(
            "Blå Kors steg for steg helps you who want a completely ordinary life – before, during or after "
            "treatment for substance use, after prison or with mental health challenges. The service is free, "
            "and you need no referral."
        ),
        "body": [
            ("heading", "Become a Tidgiver"),
            (
                "paragraph",
                _rich(
                    "As a Tidgiver you give a little of your time to another person: a trip to the cinema, a "
                    "walk, help with a bill or company to a new gym. You need no special background – only the "
                    "wish to be there for someone."
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Do you have a little time to spare?",
                    "link": {"title": "Become a Tidgiver", "page": recruitment, "url": ""},
                },
            ),
        ],
    }


ABOUT = {
    "title": "About steg for steg",
    "slug": "about",
    "intro": "Support tailored to each person, Tidgivers and a drug-free network.",
    "body": [
        (
            "paragraph",
            _rich(
                "We start from the idea that you are the expert on your own life. Together we look at housing, "
                "network, work and school, finances and leisure – and you decide what matters most now."
            ),
        )
    ],
}

FAQ = {
    "title": "Questions and answers",
    "slug": "questions-and-answers",
    "questions": [
        (
            "faq",
            {
                "question": "What does a Tidgiver do?",
                "answer": _rich("A Tidgiver is an ordinary person who gives a little of their time, unpaid."),
            },
        ),
        (
            "faq",
            {
                "question": "Do I need a police certificate?",
                "answer": _rich("Only for tasks with children and young people under 18."),
            },
        ),
    ],
}

NEWS_INDEX = {"title": "Stories", "slug": "stories"}
STORY = {
    "title": "From participant to Tidgiver",
    "slug": "from-participant-to-tidgiver",
    "intro": "Many who have been helped would like to give something back.",
}

RECRUITMENT = {
    "title": "Become a Tidgiver",
    "slug": "become-a-tidgiver",
    "intro": "Do you have a little time to spare? As a Tidgiver you become an ordinary person in the life of "
    "someone who is building a new network. You need no special background.",
    "body": [
        ("heading", "What does a Tidgiver do?"),
        (
            "paragraph",
            _rich(
                "You do things together: the cinema, a walk, exercise, a coffee or company to NAV. You decide "
                "how much time you give, and a coordinator supports you."
            ),
        ),
    ],
    "stories": [
        (
            "story",
            {
                "name": "Tone, Tidgiver in Drammen",
                "image": None,
                "text": "We go for a walk every Tuesday. It is just as good for me as it is for her.",
            },
        ),
        (
            "story",
            {
                "name": "Ahmed, former participant",
                "image": None,
                "text": "I got help when I needed it. Now I am a Tidgiver myself.",
            },
        ),
    ],
    "faq": [
        (
            "faq",
            {
                "question": "Do I need a police certificate?",
                "answer": _rich("Only for roles where you are with children and young people under 18."),
            },
        ),
        (
            "faq",
            {
                "question": "Can I become a Tidgiver if I have been a participant myself?",
                "answer": _rich("Yes! Your own experience is valuable, and many Tidgivers have it."),
            },
        ),
    ],
    "call_to_action": "Apply now",
}

APPLICATION = {
    "title": "Apply to become a Tidgiver",
    "slug": "apply",
    "intro": _rich("It takes five minutes. We will contact you within a week."),
    "privacy_notice": PRIVACY_NOTICE,
    "receipt_text": _rich("Any questions? Call or write to us, and we will answer as soon as we can."),
}


def unit_fields(unit_page):
    unit = unit_page.unit
    return {
        "title": f"Steg for steg {unit.name}",
        "intro": f"Welcome to steg for steg in {unit.municipality}. This is where participants and Tidgivers "
        "meet, and where you can drop in for a coffee and a chat.",
    }


def translate_pages(home, about, unit_pages, faq, news, story, recruitment):
    """English versions of every demo page, parents first (a translation lives under the translated parent)."""
    publish_translation(home, LANGUAGE, home_fields(recruitment))
    publish_translation(about, LANGUAGE, ABOUT)
    for unit_page in unit_pages:
        publish_translation(unit_page, LANGUAGE, unit_fields(unit_page))
    publish_translation(faq, LANGUAGE, FAQ)
    publish_translation(news, LANGUAGE, NEWS_INDEX)
    publish_translation(story, LANGUAGE, STORY)
    publish_translation(recruitment, LANGUAGE, RECRUITMENT)
    application = ApplicationPage.objects.child_of(recruitment).first()
    publish_translation(application, LANGUAGE, APPLICATION)
