"""Meetings in the back office: the list for the coordinator's units, and add / move / cancel for a match.

The same domain functions as Min side (``domain.meetings``), so reminders the day before, the prompt after the
meeting and the Tidgiver's iCal feed follow a coordinator's meeting exactly as one the Tidgiver made.
"""

from django import forms
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.scoping import for_user
from portal.org.viewsets import ScopedIndexView, UnitScopedViewSet
from volunteers.matching.enums import MatchState
from volunteers.matching.models import Match

from .. import rules
from ..domain import meetings
from ..domain.errors import HoursError
from ..forms import MeetingForm
from ..models import Meeting


def _status(meeting):
    return pgettext("meeting status", "Cancelled") if meeting.cancelled_at else pgettext("meeting status", "Agreed")


class MeetingIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return (
            for_user(Meeting.objects.filter(match__isnull=False), self.request.user)
            .select_related("unit", "volunteer__user", "match__participant")
            .order_by("-date", "-start_time", "-pk")
        )

    def get_list_more_buttons(self, instance):
        # A cancelled meeting is history: nothing to move or cancel again.
        return [] if instance.cancelled_at else super().get_list_more_buttons(instance)

    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(TitleColumn)(
                "date",
                label=_("Date"),
                accessor=lambda m: f"{m.date:%d.%m.%Y} {m.start_time:%H:%M}",
                sort_key="date",
                get_url=lambda m: self.get_edit_url(m) if m.cancelled_at is None else None,
            ),
            Column("with_whom", label=_("With whom")),
            Column("tidgiver", label=_("Tidgiver"), accessor="volunteer.user.get_full_name"),
            Column("place", label=_("Place")),
            Column("duration_minutes", label=_("Length (minutes)")),
            Column("unit", label=_("Unit"), accessor="unit.name"),
            StatusTagColumn("status", label=_("Status"), accessor=_status, primary=lambda m: m.cancelled_at is None),
        ]


class StaffMeetingForm(MeetingForm):
    """Min side's meeting form with every active match of the coordinator's units to choose from."""

    def __init__(self, *args, matches, **kwargs):
        super().__init__(*args, matches=matches, **kwargs)
        self.fields["match"].widget = forms.Select()
        self.fields["match"].choices = [("", "---------")] + [
            (key, f"{match.participant.display_name} – {match.volunteer.user.get_full_name()}")
            for key, match in self.matches.items()
        ]


class MovedMeetingForm(MeetingForm):
    """The same fields without the match: a meeting stays with its match."""

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, matches=[meeting.match], **kwargs)
        del self.fields["match"]

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day < timezone.localdate():
            raise forms.ValidationError(gettext("A meeting cannot be moved to the past."))
        return day

    def meeting_fields(self):
        return dict(self.cleaned_data)


class MeetingFormView(WagtailAdminTemplateMixin, FormView):
    template_name = "hours/admin/meeting_form.html"
    header_icon = "date"
    success_message = ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(back_url=reverse("meetings:index"), **kwargs)

    def form_valid(self, form):
        try:
            self.save(form)
        except HoursError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, str(self.success_message))
        return redirect("meetings:index")


class AddMeetingView(MeetingFormView):
    form_class = StaffMeetingForm
    page_title = _("New meeting")
    success_message = _("The meeting is saved. The Tidgiver gets a reminder the day before.")

    def get_form_kwargs(self):
        matches = for_user(Match.objects.filter(state=MatchState.ACTIVE), self.request.user)
        matches = matches.select_related("participant", "volunteer__user", "unit").order_by(
            "participant__display_name", "pk"
        )
        return {**super().get_form_kwargs(), "matches": list(matches)}

    def save(self, form):
        meetings.add_meeting(actor=self.request.user, **form.meeting_fields())


class ScopedMeetingMixin:
    def get_meeting(self, pk):
        queryset = for_user(Meeting.objects.filter(match__isnull=False), self.request.user)
        meeting = get_object_or_404(queryset.select_related("match__participant", "volunteer__user"), pk=pk)
        if not rules.may_manage_meeting(self.request.user, meeting):
            raise Http404
        return meeting


class EditMeetingView(ScopedMeetingMixin, MeetingFormView):
    form_class = MovedMeetingForm
    page_title = _("Change meeting")
    success_message = _("The meeting is changed. The Tidgiver's calendar shows the new time.")

    def dispatch(self, request, *args, **kwargs):
        self.meeting = self.get_meeting(kwargs["pk"])
        if self.meeting.cancelled_at is not None:
            messages.error(request, gettext("This meeting is cancelled."))
            return redirect("meetings:index")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.meeting.with_whom} {self.meeting}"

    def get_initial(self):
        m = self.meeting
        return {"date": m.date, "start_time": m.start_time, "duration_minutes": m.duration_minutes, "place": m.place}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "meeting": self.meeting}

    def get_context_data(self, **kwargs):
        cancel_url = reverse("meetings:cancel", args=[self.meeting.pk])
        return super().get_context_data(meeting=self.meeting, cancel_url=cancel_url, **kwargs)

    def save(self, form):
        meetings.change_meeting(self.meeting, actor=self.request.user, **form.meeting_fields())


class CancelMeetingView(ScopedMeetingMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        meetings.cancel_meeting(self.get_meeting(pk), actor=request.user)
        messages.success(request, gettext("The meeting is cancelled. The Tidgiver gets no reminder for it."))
        return redirect("meetings:index")


class MeetingViewSet(UnitScopedViewSet):
    model = Meeting
    icon = "date"
    menu_label = _("Meetings")
    menu_order = 235
    add_to_admin_menu = True
    allowed_actions = ("add", "change", "view")
    index_view_class = MeetingIndexView
    list_per_page = 50
    ordering = ["-date", "-start_time", "-pk"]

    def get_common_view_kwargs(self, **kwargs):
        missing = {"delete_url_name": None, "usage_url_name": None, "history_url_name": None}
        return super().get_common_view_kwargs(**{**missing, **kwargs})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", AddMeetingView.as_view(), name="add"),
            path("edit/<int:pk>/", EditMeetingView.as_view(), name="edit"),
            path("cancel/<int:pk>/", CancelMeetingView.as_view(), name="cancel"),
        ]
