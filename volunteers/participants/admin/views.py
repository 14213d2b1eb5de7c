"""The Deltakere back office: listing, register and edit, the participant page, status, erasure.

Every view of a record (the page, the edit form, each exported row) is written to the access log.
"""

import datetime

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from portal.org import audit
from portal.org.columns import CompactDateColumn, CompactStatusTagColumn, CompactTitleColumn, PlainColumn, choice_label
from portal.org.viewsets import (
    ScopedCreateView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedHistoryView,
    ScopedIndexView,
    ScopedInspectView,
    UnitScopedMixin,
)
from volunteers.availability import slot_keys
from volunteers.enums import DayPart, Weekday

from .. import rules
from ..domain import access, erasure, goals, records, status
from ..domain.errors import ParticipantError
from ..enums import AccessPage, ParticipantStatus, ScoreOccasion
from ..forms import ScoresForm
from ..models import Goal, GoalScore, Participant
from .display import life_area_labels, names, staff_name

# Other apps add sections to the participant page (matching: proposals, matches, follow-ups) with
# @hooks.register(PAGE_SECTIONS_HOOK): fn(request, participant) -> {"template": ..., **context} or None.
PAGE_SECTIONS_HOOK = "participant_page_sections"

STATUS_BUTTONS = {
    ParticipantStatus.WAITING: _("Waiting for a Tidgiver again"),
    ParticipantStatus.PAUSED: _("Pause"),
    ParticipantStatus.ENDED: _("End participation"),
}

EXPORT_COLUMNS = (
    ("code", _("Internal code"), lambda p: p.code),
    ("unit", _("Unit"), lambda p: p.unit.name),
    ("status", _("Status"), lambda p: str(p.get_status_display())),
    ("responsible", _("Responsible staff member"), lambda p: staff_name(p.responsible)),
    ("start_date", _("Start date"), lambda p: p.start_date),
    ("waiting_days", _("Days waiting"), lambda p: waiting_days(p)),
    ("life_areas", _("Prioritised life areas"), lambda p: life_area_labels(p)),
    ("interests", _("Interests"), lambda p: names(p.interests.all())),
    ("languages", _("Languages"), lambda p: names(p.languages.all())),
    ("goals", _("Main goals"), lambda p: len(p.goals.all())),
    ("consent_given_on", _("Consent given on"), lambda p: p.consent_given_on or ""),
    ("consent_text_version", _("Version of the consent text"), lambda p: p.consent_text_version),
)


def waiting_days(participant, today=None):
    if participant.status != ParticipantStatus.WAITING or participant.waiting_since is None:
        return ""
    return ((today or timezone.localdate()) - participant.waiting_since) // datetime.timedelta(days=1)


class ParticipantScopedMixin(UnitScopedMixin):
    """The user's units only, and never an erased row (that one lives on in the report, not here)."""

    def scoped(self, queryset=None):
        if queryset is None:
            queryset = Participant.objects.all()
        return super().scoped(queryset.filter(erased_at__isnull=True))


class ParticipantIndexView(ParticipantScopedMixin, ScopedIndexView):
    list_export = [key for key, _heading, _value in EXPORT_COLUMNS]
    export_headings = {key: heading for key, heading, _value in EXPORT_COLUMNS}
    _export_values = {key: value for key, _heading, value in EXPORT_COLUMNS}

    def get_base_queryset(self):
        queryset = super().get_base_queryset().prefetch_related("life_areas")
        if self.is_export:
            queryset = queryset.prefetch_related("interests", "languages", "goals")
        return queryset

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        condition = Q()
        for word in self.search_query.split():
            condition &= Q(display_name__icontains=word) | Q(code__icontains=word)
        return queryset.filter(condition)

    def to_row_dict(self, item):
        return {key: self._export_values[key](item) for key in self.list_export}

    def get_list_more_buttons(self, instance):
        # Erasing is on the participant's page, next to what it erases; not one click away in every row.
        return []

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Each exported record is a view of it (access log); the export itself is logged by the one export mixin.
        access.log_rows(queryset, self.request.user, AccessPage.EXPORT)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def export_view_name(self):
        return "participants"

    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(CompactTitleColumn)(
                "display_name",
                label=_("Display name"),
                sort_key="display_name",
                get_url=self.get_inspect_url,
            ),
            PlainColumn("code", label=_("Code"), sort_key="code"),
            PlainColumn("unit", label=_("Unit"), accessor="unit.name", sort_key="unit__name"),
            CompactStatusTagColumn(
                "status",
                label=_("Status"),
                accessor=choice_label(Participant, "status"),
                sort_key="status",
                primary=True,
            ),
            PlainColumn("responsible", label=_("Responsible"), accessor=lambda p: staff_name(p.responsible)),
            PlainColumn("waiting_days", label=_("Days waiting"), accessor=waiting_days, sort_key="waiting_since"),
            PlainColumn("life_areas", label=_("Life areas"), accessor=life_area_labels),
            CompactDateColumn("start_date", label=_("Start date"), sort_key="start_date"),
        ]


class ParticipantFormMixin:
    template_name = "participants/admin/participant_form.html"

    def get_success_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_success_message(self, instance=None):
        return gettext("The participant %(code)s is saved.") % {"code": (instance or self.object).code}

    def log_saved(self, participant, action):
        audit.record(participant, action, user=self.request.user, title=access.anonymous_label(participant))


class ParticipantCreateView(ParticipantFormMixin, ScopedCreateView):
    inspect_url_name = None

    def save_instance(self):
        form = self.form
        participant = records.register(
            form.cleaned_data["unit"],
            actor=self.request.user,
            values=form.profile_values(),
            goals=form.cleaned_data["goals"],
            life_satisfaction=form.cleaned_data.get("life_satisfaction"),
            **form.matchable(),
        )
        self.log_saved(participant, "wagtail.create")
        return participant


class ParticipantEditView(ParticipantFormMixin, ParticipantScopedMixin, ScopedEditView):
    inspect_url_name = None

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)  # loads self.object, or 404 outside the user's units
        access.log_view(self.object, request.user, AccessPage.EDIT)
        return response

    def save_instance(self):
        form = self.form
        participant = records.update(
            self.object, actor=self.request.user, values=form.profile_values(), **form.matchable()
        )
        goals.save_goal_texts(participant, form.cleaned_data["goal_texts"], actor=self.request.user)
        self.log_saved(participant, "wagtail.edit")
        return participant

    def save_action(self):
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url())


class ParticipantEraseView(ParticipantScopedMixin, ScopedDeleteView):
    """ "Delete" erases: the personal fields go, an anonymous row stays for the funder report."""

    inspect_url_name = None

    @property
    def confirmation_message(self):
        return gettext(
            "Delete this participant? Name, code, wishes, interests and goal wording are removed for good. "
            "An anonymous row (unit, dates, life areas, goal scores, how matches ended) is kept, so the "
            "funder report still counts the participant."
        )

    def get_success_message(self):
        return gettext("The participant is deleted. An anonymous row is kept for the report.")

    def form_valid(self, form):
        try:
            erasure.erase(self.object, actor=self.request.user)
        except ParticipantError as error:
            messages.error(self.request, str(error))
            return redirect(reverse(self.inspect_url_name, args=[self.object.pk]))
        messages.success(self.request, self.get_success_message())
        return redirect(reverse(self.index_url_name))


class ParticipantHistoryView(ParticipantScopedMixin, ScopedHistoryView):
    pass


class ParticipantPageView(ParticipantScopedMixin, ScopedInspectView):
    """The participant page: profile, goals with their score history, sections from matching, access log."""

    template_name = "participants/admin/participant_page.html"
    status_url_name = None
    scores_url_name = None
    edit_url_name = None
    delete_url_name = None

    def get_object(self, queryset=None):
        queryset = (
            self.scoped()
            .select_related("unit", "responsible", "consent_recorded_by")
            .prefetch_related(
                "life_areas",
                "interests",
                "languages",
                "slots",
                Prefetch(
                    "goals",
                    Goal.objects.order_by("number").prefetch_related(
                        Prefetch("scores", GoalScore.objects.select_related("recorded_by").order_by("scored_on", "pk"))
                    ),
                ),
            )
        )
        return get_object_or_404(queryset, pk=self.pk)

    def get(self, request, *args, **kwargs):
        access.log_view(self.object, request.user, AccessPage.PAGE)
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.object.display_name

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        participant = self.object
        user = self.request.user
        moves = rules.staff_status_moves(participant)
        context = {
            **super().get_context_data(**kwargs),
            "participant": participant,
            "responsible_name": staff_name(participant.responsible),
            "consent_recorded_by": staff_name(participant.consent_recorded_by),
            "life_areas": [area.get_life_area_display() for area in participant.life_areas.all()],
            "week": week_table(participant.slots.all()),
            "goals": participant.goals.all(),
            "life_satisfaction": participant.life_satisfaction.select_related("recorded_by").order_by(
                "answered_on", "pk"
            ),
            "status_buttons": [(move, STATUS_BUTTONS[move]) for move in ParticipantStatus if move in moves],
            "status_url": reverse(self.status_url_name, args=[participant.pk]),
            "scores_url": reverse(self.scores_url_name, args=[participant.pk]),
            "scores_form": kwargs.get("scores_form") or ScoresForm(goals=participant.goals.all()),
            "edit_url": reverse(self.edit_url_name, args=[participant.pk]),
            "delete_url": reverse(self.delete_url_name, args=[participant.pk]),
            "sections": self.sections(),
            "show_access_log": rules.may_see_access_log(user, participant),
        }
        if context["show_access_log"]:
            context["access_log"] = [(entry, access.page_label(entry)) for entry in access.log_for(participant)[:100]]
        return context

    def sections(self):
        found = (hook(self.request, self.object) for hook in hooks.get_hooks(PAGE_SECTIONS_HOOK))
        return [section for section in found if section]


def week_table(slots):
    """Rows (weekday, [True/False per part of day]) for a read-only week grid."""
    chosen = set(slot_keys(slots))
    return [(day.label, [f"{day}:{part}" in chosen for part in DayPart]) for day in Weekday]


class ParticipantStatusView(ParticipantScopedMixin, PermissionCheckedMixin, View):
    """POST only: pause, end or restart (waiting again) through the domain; another unit's record is a 404."""

    model = Participant
    permission_required = "change"
    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, pk):
        participant = get_object_or_404(self.scoped(), pk=pk)
        to_status = request.POST.get("to_status", "")
        if to_status not in rules.staff_status_moves(participant):
            messages.error(request, gettext("Nothing was changed: that status cannot be chosen here."))
        else:
            try:
                status.set_status(participant, to_status, actor=request.user, reason=request.POST.get("reason", ""))
            except ParticipantError as error:
                messages.error(request, gettext("Nothing was changed: %(error)s") % {"error": error})
            else:
                label = ParticipantStatus(to_status).label
                messages.success(request, gettext("Status changed to “%(status)s”.") % {"status": label})
        return redirect(reverse(self.inspect_url_name, args=[participant.pk]))


class ParticipantScoresView(ParticipantScopedMixin, PermissionCheckedMixin, View):
    """POST only: scores given outside a match follow-up (e.g. the three-monthly life-satisfaction question)."""

    model = Participant
    permission_required = "change"
    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, pk):
        participant = get_object_or_404(self.scoped(), pk=pk)
        form = ScoresForm(request.POST, goals=participant.goals.all())
        if not form.is_valid():
            errors = " ".join(str(error) for errors in form.errors.values() for error in errors)
            messages.error(request, gettext("Nothing was saved: %(error)s") % {"error": errors})
        else:
            data = form.cleaned_data
            goals.record_scores(
                participant,
                data["goal_scores"],
                data["life_satisfaction"],
                occasion=ScoreOccasion.FOLLOW_UP,
                actor=request.user,
                on=data["scored_on"],
            )
            messages.success(request, gettext("The scores are saved."))
        return redirect(reverse(self.inspect_url_name, args=[participant.pk]))
