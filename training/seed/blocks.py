"""Small builders for the seeded modules' StreamField content (Norwegian content, not interface strings)."""

from ..enums import QuestionKind


def heading(text):
    return ("heading", text)


def text(*paragraphs):
    return (
        "text",
        "".join(paragraph if paragraph.startswith("<") else f"<p>{paragraph}</p>" for paragraph in paragraphs),
    )


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def situation(title, scenario, *questions):
    return ("situation", {"title": title, "scenario": scenario, "reflection_questions": list(questions)})


def key_points(*points, title="Viktig å huske"):
    return ("key_points", {"title": title, "points": list(points)})


def right(answer):
    return {"text": answer, "correct": True}


def wrong(answer):
    return {"text": answer, "correct": False}


def question(prompt, choices, explanation):
    """Multiple choice when more than one answer is right."""
    kind = QuestionKind.MULTIPLE if sum(choice["correct"] for choice in choices) > 1 else QuestionKind.SINGLE
    return ("question", {"question": prompt, "kind": kind, "choices": choices, "explanation": explanation})


def several(prompt, choices, explanation):
    """Multiple choice even with one right answer ("choose all that fit")."""
    return (
        "question",
        {"question": prompt, "kind": QuestionKind.MULTIPLE, "choices": choices, "explanation": explanation},
    )
