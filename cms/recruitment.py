"""The "Bli Tidgiver" pages: a recruitment page per unit (or for all), and the application form page.

The form itself belongs to the volunteers app; these pages hold the editable text around it.
"""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page
from wagtail.search import index

from volunteers.views_apply import application_form, receipt_context

from .blocks import BodyBlock, FaqItemBlock
from .page_cache import accept_query_string, fill_token_slot, token_slot_context


class StoryBlock(blocks.StructBlock):
    """A Tidgiver's or participant's own words, told with their consent."""

    name = blocks.CharBlock(label=_("Who tells"), max_length=100, help_text=_("First name only, or a made-up name."))
    image = ImageBlock(label=_("Image"), required=False)
    text = blocks.TextBlock(label=_("Story"))

    class Meta:
        icon = "openquote"
        label = _("Story")
        template = "cms/blocks/story.html"


class RecruitmentPage(Page):
    """ "Bli Tidgiver": why and how to become a Tidgiver, with stories, questions and a clear call to action."""

    unit = models.ForeignKey(
        "org.Unit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("unit"),
        help_text=_("Leave empty for a page that covers every unit."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))
    stories = StreamField([("story", StoryBlock())], blank=True, verbose_name=_("stories"))
    faq = StreamField([("faq", FaqItemBlock())], blank=True, verbose_name=_("questions and answers"))
    call_to_action = models.CharField(_("call to action"), max_length=200, default="Søk nå")

    content_panels = Page.content_panels + [
        FieldPanel("unit"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("stories"),
        FieldPanel("faq"),
        FieldPanel("call_to_action"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["cms.ApplicationPage"]

    class Meta:
        verbose_name = _("recruitment page (Become a Tidgiver)")

    def application_page(self):
        return ApplicationPage.objects.child_of(self).live().first()


class ApplicationPage(RoutablePageMixin, Page):
    """The application form. On a unit's recruitment page the unit is fixed; otherwise the applicant picks one."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    privacy_notice = RichTextField(
        _("privacy notice"), features=["bold", "italic", "link", "ul", "ol", "h3"], blank=True
    )
    privacy_notice_version = models.CharField(
        _("privacy notice version"),
        max_length=20,
        default="1",
        help_text=_("Change this when the privacy notice changes. Each application stores the version agreed to."),
    )
    receipt_text = RichTextField(_("text on the receipt"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("privacy_notice"), FieldPanel("privacy_notice_version")], _("Privacy")),
        FieldPanel("receipt_text"),
    ]
    parent_page_types = ["cms.RecruitmentPage", "cms.HomePage", "cms.ContentPage", "cms.UnitPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("application form page")

    def fixed_unit(self):
        parent = self.get_parent().specific
        return getattr(parent, "unit", None)

    @path("")
    def form(self, request):
        # Everything but the CSRF token is the same for every anonymous visitor: the page cache keeps it.
        context = {**self.get_context(request), **token_slot_context(request)}
        response = application_form(
            request,
            self,
            template="cms/application_page.html",
            context=context,
            unit=self.fixed_unit(),
            privacy_notice_version=self.privacy_notice_version,
        )
        if _unit_chosen_by_query(request, response):
            accept_query_string(request)
        return fill_token_slot(request, response)

    @path("kvittering/")
    def receipt(self, request):
        receipt = receipt_context(request)
        if receipt is None:
            raise Http404
        context = {**self.get_context(request), **receipt}
        return TemplateResponse(request, "cms/application_receipt.html", context)


def _unit_chosen_by_query(request, response):
    """?enhet=<slug> of a unit that exists (the button on a unit page) and nothing else in the address."""
    form = (getattr(response, "context_data", None) or {}).get("form")
    return set(request.GET) == {"enhet"} and form is not None and "unit" in form.initial
