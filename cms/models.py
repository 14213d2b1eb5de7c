"""The public Wagtail site: home, content, unit, FAQ and news pages, plus the editable menu and footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock, FaqItemBlock, LinkBlock


class HomePage(Page):
    intro = RichTextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class ContentPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")


class UnitPage(Page):
    """The public page of one local unit."""

    unit = models.OneToOneField(
        "org.Unit", on_delete=models.PROTECT, related_name="page", verbose_name=_("unit"), null=True, blank=True
    )
    intro = models.TextField(_("introduction"), blank=True)
    address = models.TextField(_("visiting address"), blank=True)
    contact_person = models.CharField(
        _("contact person"),
        max_length=200,
        blank=True,
        db_default="",
        help_text=_("Who to ask, for example “Kari Nordmann, Tidgiver coordinator”."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [
        FieldPanel("unit"),
        FieldPanel("intro"),
        FieldPanel("address"),
        FieldPanel("contact_person"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("unit page")

    def application_url(self):
        """Where "Apply as a Tidgiver in <unit>" leads: the unit's own form, else the common one with the
        unit chosen in advance. Empty when there is no live form."""
        from .recruitment import ApplicationPage, RecruitmentPage

        if self.unit_id is None:
            return ""
        own = RecruitmentPage.objects.live().filter(unit_id=self.unit_id).first()
        form = own and own.application_page()
        if form is not None:
            return form.url
        common = RecruitmentPage.objects.live().filter(unit__isnull=True).first()
        form = common and common.application_page()
        if form is None:
            form = ApplicationPage.objects.live().first()
        return f"{form.url}?enhet={self.unit.slug}" if form is not None else ""


class FaqPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    questions = StreamField([("faq", FaqItemBlock())], blank=True, verbose_name=_("questions"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("questions")]
    search_fields = Page.search_fields + [index.SearchField("questions")]

    class Meta:
        verbose_name = _("FAQ page")


class NewsIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = NewsPage.objects.child_of(self).live().order_by("-date")
        return context


class NewsPage(Page):
    """A news item or a story from a Tidgiver or participant (told with their consent)."""

    date = models.DateField(_("date"))
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("date"), FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["cms.NewsIndexPage"]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("news or story")


@register_setting(icon="list-ul")
class SiteNavigation(BaseSiteSetting):
    menu = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("menu"))
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])
    footer_links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("footer links"))

    panels = [FieldPanel("menu"), FieldPanel("footer_text"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = _("menu and footer")


from .recruitment import ApplicationPage, RecruitmentPage, StoryBlock  # noqa: E402

__all__ = [
    "ApplicationPage",
    "ContentPage",
    "FaqPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "RecruitmentPage",
    "SiteNavigation",
    "StoryBlock",
    "UnitPage",
]
