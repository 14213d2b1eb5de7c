"""Training modules as Wagtail pages, private to the people who take training.

The pages only hold content and settings; serving goes through training.views (access, progress, quiz).
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import QUESTION_BLOCK, ModuleBodyBlock
from ..page_form import TrainingModulePageForm


class TrainingIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["training.TrainingModulePage"]
    max_count = 1

    class Meta:
        verbose_name = _("training overview")

    def serve(self, request, *args, **kwargs):
        from ..views.pages import index_view

        return index_view(request, self)

    def serve_preview(self, request, mode_name):
        return self.serve(request)


class TrainingModulePage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ModuleBodyBlock(), verbose_name=_("content"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=20, validators=[MinValueValidator(1)]
    )
    roles = ParentalManyToManyField(
        "org.VolunteerRole",
        blank=True,
        related_name="training_modules",
        verbose_name=_("Tidgiver roles"),
        help_text=_("The roles that must take this module. Leave empty for everyone."),
    )
    required_before_approval = models.BooleanField(
        _("required before approval"),
        default=True,
        help_text=_("An applicant must pass this module before the application can be approved."),
    )
    pass_mark_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    refresh_interval_months = models.PositiveSmallIntegerField(
        _("refresh interval (months)"),
        default=0,
        help_text=_("After how many months the module must be taken again. 0 means never."),
    )
    retraining_version = models.PositiveIntegerField(_("retraining version"), default=1, editable=False)
    retraining_required_on = models.DateField(_("retraining required from"), null=True, blank=True, editable=False)

    base_form_class = TrainingModulePageForm
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("intro")]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    training_panels = [
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("roles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("required_before_approval"),
                FieldPanel("pass_mark_percent"),
                FieldPanel("refresh_interval_months"),
            ],
            heading=_("Training settings"),
        ),
        FieldPanel("requires_retraining"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(training_panels, heading=_("Training settings")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("training module")

    @property
    def reading_blocks(self):
        return [block for block in self.body if block.block_type != QUESTION_BLOCK]

    @property
    def question_blocks(self):
        return [block for block in self.body if block.block_type == QUESTION_BLOCK]

    def applies_to_role_ids(self, role_ids):
        """Whether a person with these Tidgiver roles (ids) must take the module. Uses prefetched roles."""
        module_roles = {role.pk for role in self.roles.all()}
        return not module_roles or bool(module_roles & set(role_ids))

    @path("")
    def module(self, request):
        from ..views.pages import module_view

        return module_view(request, self)

    @path("forsok/<int:attempt_id>/")
    def attempt(self, request, attempt_id):
        from ..views.pages import attempt_view

        return attempt_view(request, self, attempt_id)
