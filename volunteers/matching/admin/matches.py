"""The matches listing, the match board (columns by state) and the match page with its actions."""

import datetime

from django.db.models import Count, Prefetch, Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from portal.org.viewsets import ScopedIndexView, ScopedInspectView, UnitScopedMixin, UnitScopedViewSet
from volunteers.participants.models import Goal

from ..domain import followups, matches
from ..domain.guards import allowed_moves
from ..enums import OPEN_MATCH_STATES, MatchState
from ..models import FollowUp, Match
from .common import ActionView, ExportColumnsMixin
from .forms import CloseForm, FirstMeetingForm, FollowUpForm, ReasonForm

MS = MatchState
BOARD_CARDS = 50  # per column; the listing has them all
CLOSED_ON_BOARD_DAYS = 90


class MatchIndexView(ExportColumnsMixin, ScopedIndexView):
    EXPORT_COLUMNS = (
        ("id", _("Match"), lambda m: m.pk),
        ("unit", _("Unit"), lambda m: m.unit.name),
        ("participant", _("Participant (code)"), lambda m: m.participant.code),
        ("tidgiver", _("Tidgiver"), lambda m: m.volunteer.user.get_full_name()),
        ("state", _("Status"), lambda m: str(m.get_state_display())),
        ("measure", _("Main measure"), lambda m: str(m.get_measure_display())),
        ("started_on", _("Started"), lambda m: m.started_on),
        ("first_meeting_on", _("First meeting"), lambda m: m.first_meeting_on or ""),
        ("closed_on", _("Closed"), lambda m: m.closed_on or ""),
        ("closure_reason", _("Why it ended"), lambda m: str(m.get_closure_reason_display())),
        ("rematch", _("Can the Tidgiver be matched again?"), lambda m: str(m.get_rematch_display())),
    )

    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(TitleColumn)(
                "participant",
                label=_("Participant"),
                accessor="participant.display_name",
                sort_key="participant__display_name",
                get_url=self.get_inspect_url,
            ),
            Column("tidgiver", label=_("Tidgiver"), accessor="volunteer.user.get_full_name"),
            Column("unit", label=_("Unit"), accessor="unit.name"),
            StatusTagColumn("state", label=_("Status"), accessor="get_state_display", sort_key="state", primary=True),
            DateColumn("started_on", label=_("Started"), sort_key="started_on"),
            DateColumn("closed_on", label=_("Closed"), sort_key="closed_on"),
        ]


class MatchInspectView(ScopedInspectView):
    template_name = "matching/admin/match_inspect.html"
    action_url_names = {}

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        return Match.objects.select_related("participant", "volunteer__user", "unit", "proposal").get(pk=obj.pk)

    def get_context_data(self, **kwargs):
        match = self.object
        goals = list(Goal.objects.filter(participant=match.participant))
        pending = followups.next_due(match)
        return {
            **super().get_context_data(**kwargs),
            "moves": allowed_moves(match),
            "action_urls": {name: reverse(url, args=[match.pk]) for name, url in self.action_url_names.items()},
            "reason_form": ReasonForm(),
            "close_form": CloseForm(),
            "first_meeting_form": FirstMeetingForm(initial={"first_meeting_on": match.first_meeting_on}),
            "follow_up_form": FollowUpForm(goals=goals),
            "pending_follow_up": pending,
            "follow_ups": match.follow_ups.select_related("recorded_by"),
            "events": match.events.select_related("actor"),
        }


class PauseView(ActionView):
    model = Match
    form_class = ReasonForm
    success_message = _("The match is paused.")

    def act(self, match, form):
        matches.pause(match, self.request.user, reason=form.cleaned_data["reason"])


class ResumeView(ActionView):
    model = Match
    form_class = ReasonForm
    success_message = _("The match is active again.")

    def act(self, match, form):
        matches.resume(match, self.request.user, reason=form.cleaned_data["reason"])


class CloseView(ActionView):
    model = Match
    form_class = CloseForm
    success_message = _("The match is closed. The Tidgiver's place is free again.")

    def act(self, match, form):
        data = form.cleaned_data
        matches.close(
            match,
            self.request.user,
            data["reason"],
            data["rematch"],
            data["text"],
            participant_ends=data["participant_ends"],
            closed_on=data["closed_on"],
        )


class FirstMeetingView(ActionView):
    model = Match
    form_class = FirstMeetingForm
    success_message = _("The first meeting is noted.")

    def act(self, match, form):
        matches.note_first_meeting(match, self.request.user, form.cleaned_data["first_meeting_on"])


class FollowUpView(ActionView):
    """Record the next pending follow-up of the match (or an unscheduled one when none is pending)."""

    model = Match
    form_class = FollowUpForm
    success_message = _("The follow-up is recorded.")

    def form_kwargs(self, match):
        return {"goals": Goal.objects.filter(participant=match.participant)}

    def act(self, match, form):
        data = form.cleaned_data
        fields = {
            "done_on": data["done_on"],
            "with_whom": data["with_whom"],
            "rating": data["rating"],
            "note": data["note"],
            "goal_scores": form.goal_scores(),
            "life_satisfaction": data["life_satisfaction"],
        }
        pending = followups.next_due(match)
        if pending is None:
            followups.record_unscheduled(match, self.request.user, **fields)
        else:
            followups.record(pending, self.request.user, **fields)


ACTIONS = {
    "pause": PauseView,
    "resume": ResumeView,
    "close": CloseView,
    "first-meeting": FirstMeetingView,
    "follow-up": FollowUpView,
}


class BoardView(UnitScopedMixin, PermissionCheckedMixin, View):
    """Columns by state with counts: active, paused, and closed in the last 90 days."""

    model = Match
    permission_required = "view"
    inspect_url_name = None
    index_url_name = None

    def get(self, request):
        today = timezone.localdate()
        scoped = self.scoped()
        counts = {row["state"]: row["n"] for row in scoped.order_by().values("state").annotate(n=Count("pk"))}
        since = today - datetime.timedelta(days=CLOSED_ON_BOARD_DAYS)
        pending = FollowUp.objects.filter(done_on__isnull=True).order_by("due_on")
        rows = list(
            scoped.filter(Q(state__in=OPEN_MATCH_STATES) | Q(state=MS.CLOSED, closed_on__gte=since))
            .select_related("participant", "volunteer__user", "unit")
            .prefetch_related(Prefetch("follow_ups", queryset=pending, to_attr="pending"))
            .order_by("-started_on", "-pk")
        )
        columns = []
        for state in (MS.ACTIVE, MS.PAUSED, MS.CLOSED):
            in_state = [m for m in rows if m.state == state]
            columns.append(
                {"state": state, "label": state.label, "count": counts.get(state, 0), "cards": in_state[:BOARD_CARDS]}
            )
        title = _("Match board")
        context = {
            "page_title": title,
            "header_title": title,
            "header_icon": "table",
            "columns": columns,
            "today": today,
            "closed_days": CLOSED_ON_BOARD_DAYS,
            "inspect_url_name": self.inspect_url_name,
            "index_url": reverse(self.index_url_name),
        }
        return TemplateResponse(request, "matching/admin/match_board.html", context)


class MatchViewSet(UnitScopedViewSet):
    model = Match
    icon = "link"
    menu_label = _("Matches")
    menu_order = 198
    add_to_admin_menu = True
    allowed_actions = ("view", "export")
    index_view_class = MatchIndexView
    inspect_view_class = MatchInspectView
    list_filter = ["state", "measure"]
    list_select_related = ("participant", "volunteer__user", "unit")
    list_per_page = 50
    ordering = ["-started_on"]
    export_filename = "matcher"
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        missing = {"add_url_name": None, "edit_url_name": None, "delete_url_name": None, "usage_url_name": None}
        return super().get_common_view_kwargs(**{**missing, **kwargs})

    def get_inspect_view_kwargs(self, **kwargs):
        names = {name.replace("-", "_"): self.get_url_name(name.replace("-", "_")) for name in ACTIONS}
        return super().get_inspect_view_kwargs(action_url_names=names, **kwargs)

    @property
    def url_finder_class(self):
        return type("MatchURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        extra = {
            "inspect_url_name": self.get_url_name("inspect"),
            "queryset_related": ("participant", "volunteer__user"),
        }
        board = self.construct_view(
            BoardView, inspect_url_name=self.get_url_name("inspect"), index_url_name=self.get_url_name("index")
        )
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("board/", board, name="board"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            *[
                path(f"<int:pk>/{name}/", self.construct_view(view, **extra), name=name.replace("-", "_"))
                for name, view in ACTIONS.items()
            ],
        ]
