"""The English quiz questions that the translation tests (unit and browser) give a module."""

ENGLISH_QUESTIONS = [
    (
        "question",
        {
            "question": "Who sets the goals?",
            "kind": "single",
            "choices": [{"text": "The participant", "correct": True}, {"text": "The Tidgiver", "correct": False}],
            "explanation": "The participant is the expert on their own life.",
        },
    ),
    (
        "question",
        {
            "question": "Which numbers are emergency numbers?",
            "kind": "multiple",
            "choices": [
                {"text": "113", "correct": True},
                {"text": "112", "correct": True},
                {"text": "116 123", "correct": False},
            ],
            "explanation": "113 is the ambulance and 112 the police. 116 123 is a helpline.",
        },
    ),
]
