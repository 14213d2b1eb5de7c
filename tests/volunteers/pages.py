"""Building the "Bli Tidgiver" pages in tests."""

from cms.models import ApplicationPage, RecruitmentPage


def make_recruitment_pages(home_page, unit=None, slug="bli-tidgiver"):
    recruitment = home_page.add_child(
        instance=RecruitmentPage(
            title="Bli Tidgiver",
            slug=slug,
            unit=unit,
            intro="Gi litt av tiden din.",
            faq=[("faq", {"question": "Må jeg ha politiattest?", "answer": "<p>Bare for noen roller.</p>"})],
            stories=[("story", {"name": "Anne", "image": None, "text": "Det ga meg mye."})],
            call_to_action="Søk nå",
        )
    )
    form_page = recruitment.add_child(
        instance=ApplicationPage(
            title="Søk om å bli Tidgiver",
            slug="sok",
            privacy_notice="<p>Vi lagrer søknaden din i seks måneder etter avslag.</p>",
            privacy_notice_version="2026-2",
        )
    )
    return recruitment, form_page
