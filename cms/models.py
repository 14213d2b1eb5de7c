"""The public Wagtail site: home, content, unit, FAQ and news pages, plus the editable menu and footer."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.localized import url_in

from .blocks import BodyBlock, FaqItemBlock, LinkBlock


class HomePage(Page):
    intro = RichTextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count = 1  # (a translation is a copy, which this does not limit)

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Under /en/ the English tree is tried first; a page it lacks is the Norwegian page at the same path
        (/en/om/), which the base template shows with a note. Norwegian is the complete tree."""
        try:
            return super().route(request, path_components)
        except Http404:
            if self.locale.language_code == settings.LANGUAGE_CODE:
                raise
            norwegian = HomePage.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            if norwegian is None:
                raise
            return norwegian.route(request, path_components)


class ContentPage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")


class UnitPage(Page):
    """The public page of one local unit."""

    # One page per unit and language (a translation is a copy that points to the same unit; see clean()).
    unit = models.ForeignKey(
        "org.Unit", on_delete=models.PROTECT, related_name="pages", verbose_name=_("unit"), null=True, blank=True
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

    def clean(self):
        super().clean()
        others = UnitPage.objects.filter(unit_id=self.unit_id, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.unit_id is not None and others.exists():
            raise ValidationError({"unit": _("This unit already has a page in this language.")})

    def application_url(self):
        """Where "Apply as a Tidgiver in <unit>" leads: the unit's own form, else the common one with the
        unit chosen in advance. Empty when there is no live form."""
        from .recruitment import ApplicationPage, RecruitmentPage

        if self.unit_id is None:
            return ""
        # The Norwegian pages decide (they are complete); the address is the one for the visitor's language.
        recruitment = RecruitmentPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
        own = recruitment.filter(unit_id=self.unit_id).first()
        form = own and own.application_page()
        if form is not None:
            return url_in(form)
        common = recruitment.filter(unit__isnull=True).first()
        form = common and common.application_page()
        if form is None:
            form = ApplicationPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
        return f"{url_in(form)}?enhet={self.unit.slug}" if form is not None else ""


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
