"""Demo pages for `seed_demo`: a Norwegian home page, a page per unit, FAQ and a story, each also in English."""

import datetime

from wagtail.models import Page, Site

from .demo_english import translate_pages
from .models import ContentPage, FaqPage, HomePage, NewsIndexPage, NewsPage, SiteNavigation, UnitPage
from .recruitment_demo import seed_recruitment_pages

UNIT_ADDRESSES = {"drammen": "Tollbugata 12\n3044 Drammen", "oslo": "Storgata 38\n0182 Oslo"}
UNIT_CONTACTS = {
    "drammen": "Kari Koordinator, Tidgiverkoordinator",
    "oslo": "Ola Koordinator, Tidgiverkoordinator",
}


def _rich(text):
    return f"<p>{text}</p>"


def seed_pages(units):
    root = Page.get_first_root_node()
    for child in root.get_children():
        if not isinstance(child.specific, HomePage):
            Site.objects.filter(root_page=child).delete()
            child.delete()
    home = root.add_child(
        instance=HomePage(
            title="Et helt vanlig liv",
            slug="hjem",
            intro=_rich(
                "Blå Kors steg for steg hjelper deg som vil ha et helt vanlig liv – før, under eller etter "
                "behandling for rus, etter soning eller med psykiske utfordringer. Tilbudet er gratis, og du "
                "trenger ingen henvisning."
            ),
            body=[
                ("heading", "Bli Tidgiver"),
                (
                    "paragraph",
                    _rich(
                        "Som Tidgiver gir du litt av tiden din til en annen person: en kinotur, en gåtur, "
                        "hjelp med en regning eller følge til et nytt treningssenter. Du trenger ingen "
                        "spesiell bakgrunn – bare lyst til å være et medmenneske."
                    ),
                ),
            ],
        )
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Blå Kors steg for steg"},
    )
    about = home.add_child(
        instance=ContentPage(
            title="Om steg for steg",
            slug="om",
            intro="Individuell skreddersøm, Tidgivere og et rusfritt nettverk.",
            body=[
                (
                    "paragraph",
                    _rich(
                        "Vi tar utgangspunkt i at du er ekspert på ditt eget liv. Sammen ser vi på bolig, "
                        "nettverk, arbeid og skole, økonomi og fritid – og du bestemmer hva som er viktigst nå."
                    ),
                )
            ],
        )
    )
    unit_pages = [
        home.add_child(
            instance=UnitPage(
                title=f"Steg for steg {unit.name}",
                slug=unit.slug,
                unit=unit,
                intro=f"Velkommen til steg for steg i {unit.municipality}. Her møtes deltakere og Tidgivere, "
                "og her kan du komme innom for en kaffe og en prat.",
                address=UNIT_ADDRESSES.get(unit.slug, ""),
                contact_person=UNIT_CONTACTS.get(unit.slug, ""),
            )
        )
        for unit in units.values()
    ]
    faq = home.add_child(
        instance=FaqPage(
            title="Spørsmål og svar",
            slug="sporsmal-og-svar",
            questions=[
                (
                    "faq",
                    {
                        "question": "Hva gjør en Tidgiver?",
                        "answer": _rich("En Tidgiver er en vanlig person som gir litt av tiden sin, ulønnet."),
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Må jeg ha politiattest?",
                        "answer": _rich("Bare for oppgaver med barn og unge under 18 år."),
                    },
                ),
            ],
        )
    )
    news = home.add_child(instance=NewsIndexPage(title="Historier", slug="historier"))
    story = news.add_child(
        instance=NewsPage(
            title="Fra deltaker til Tidgiver",
            slug="fra-deltaker-til-tidgiver",
            date=datetime.date(2026, 10, 1),
            intro="Mange som har fått hjelp, vil gjerne gi noe tilbake.",
        )
    )
    recruitment = seed_recruitment_pages(home)
    # The "Bli Tidgiver" block on the home page leads somewhere.
    button = {"title": "Bli Tidgiver", "page": recruitment, "url": ""}
    home.body.append(("call_to_action", {"text": "Har du litt tid til overs?", "link": button}))
    home.save()
    nav = SiteNavigation.for_site(Site.objects.get(is_default_site=True))
    menu_pages = [about, recruitment, *unit_pages, faq, news]
    nav.menu = [("link", {"title": page.title, "page": page, "url": ""}) for page in menu_pages]
    nav.footer_text = _rich("Blå Kors steg for steg – et gratis tilbud uten henvisning og ventetid.")
    nav.save()
    translate_pages(home, about, unit_pages, faq, news, story, recruitment)
    return home
