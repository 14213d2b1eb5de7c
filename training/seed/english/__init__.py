"""The seeded training content in English: each module's English version, keyed by the Norwegian slug.

Plain, faithful translations of the Norwegian modules (same questions, same right answers)."""

from .. import blocks


def key_points(*points):
    return blocks.key_points(*points, title="Important to remember")


INDEX = {
    "title": "Training for Tidgivers",
    "slug": "training",
    "intro": "<p>Here are the modules you take as a Tidgiver. Each module takes 15–25 minutes and ends with a "
    "quiz. You can try three times a day.</p>",
}


def modules():
    from . import grensesetting, hverdagskompetanse, krise, recovery, rollen, taushetsplikt

    return {
        "recovery-og-empowerment": recovery.MODULE,
        "grensesetting": grensesetting.MODULE,
        "taushetsplikt-og-personvern": taushetsplikt.MODULE,
        "krise-og-forstehjelp": krise.MODULE,
        "rollen-som-tidgiver": rollen.MODULE,
        "hverdagskompetanse-og-nettverk": hverdagskompetanse.MODULE,
    }
