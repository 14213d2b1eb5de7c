"""Demo "Bli Tidgiver" pages: a recruitment page for all units with the application form below it."""

from .recruitment import ApplicationPage, RecruitmentPage

PRIVACY_NOTICE = (
    "<p>Vi bruker opplysningene i søknaden bare til å behandle søknaden din og, hvis du blir Tidgiver, til å "
    "følge deg opp. Bare koordinatorene i enheten du søker til, ser søknaden.</p>"
    "<p>Hvis søknaden blir trukket eller avslått, sletter vi opplysningene om deg etter seks måneder.</p>"
    "<p>Du kan når som helst be om innsyn, retting eller sletting.</p>"
)


def _rich(text):
    return f"<p>{text}</p>"


def seed_recruitment_pages(home):
    recruitment = home.add_child(
        instance=RecruitmentPage(
            title="Bli Tidgiver",
            slug="bli-tidgiver",
            intro="Har du litt tid til overs? Som Tidgiver blir du en vanlig person i livet til noen som "
            "bygger et nytt nettverk. Du trenger ingen spesiell bakgrunn.",
            body=[
                ("heading", "Hva gjør en Tidgiver?"),
                (
                    "paragraph",
                    _rich(
                        "Dere finner på ting sammen: kino, tur, trening, en kaffe eller følge til NAV. Du "
                        "bestemmer selv hvor mye tid du gir, og en koordinator følger deg opp."
                    ),
                ),
            ],
            stories=[
                (
                    "story",
                    {
                        "name": "Tone, Tidgiver i Drammen",
                        "image": None,
                        "text": "Vi går tur hver tirsdag. Det er like fint for meg som for henne.",
                    },
                ),
                (
                    "story",
                    {
                        "name": "Ahmed, tidligere deltaker",
                        "image": None,
                        "text": "Jeg fikk hjelp da jeg trengte det. Nå er jeg Tidgiver selv.",
                    },
                ),
            ],
            faq=[
                (
                    "faq",
                    {
                        "question": "Må jeg ha politiattest?",
                        "answer": _rich("Bare for roller der du er sammen med barn og unge under 18 år."),
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Kan jeg bli Tidgiver hvis jeg selv har vært deltaker?",
                        "answer": _rich("Ja! Egen erfaring er verdifull, og mange Tidgivere har den."),
                    },
                ),
            ],
            call_to_action="Søk nå",
        )
    )
    recruitment.add_child(
        instance=ApplicationPage(
            title="Søk om å bli Tidgiver",
            slug="sok",
            intro=_rich("Det tar fem minutter. Vi tar kontakt innen en uke."),
            privacy_notice=PRIVACY_NOTICE,
            privacy_notice_version="2026-1",
            receipt_text=_rich("Lurer du på noe? Ring eller skriv til oss, så svarer vi så fort vi kan."),
        )
    )
    return recruitment
