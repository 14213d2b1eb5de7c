"""The proposals listing and page: answer by phone, withdraw, and activate the match after a yes."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn

from portal.org.viewsets import ScopedIndexView, ScopedInspectView, UnitScopedViewSet

from ..domain import matches, proposals
from ..domain.guards import allowed_moves, blockers
from ..enums import AnswerSource, ProposalState
from ..models import Proposal
from .common import ActionView, ExportColumnsMixin
from .forms import ActivateForm, CoordinatorAnswerForm, ReasonForm

PS = ProposalState


class ProposalIndexView(ExportColumnsMixin, ScopedIndexView):
    EXPORT_COLUMNS = (
        ("number", _("Number"), lambda p: p.number),
        ("unit", _("Unit"), lambda p: p.unit.name),
        ("participant", _("Participant (code)"), lambda p: p.participant.code),
        ("tidgiver", _("Tidgiver"), lambda p: p.volunteer.user.get_full_name()),
        ("state", _("Status"), lambda p: str(p.get_state_display())),
        ("sent_at", _("Sent"), lambda p: p.sent_at),
        ("deadline", _("Answer by"), lambda p: p.deadline),
        ("answered_at", _("Answered"), lambda p: p.answered_at or ""),
        ("answer_source", _("Answered by way of"), lambda p: str(p.get_answer_source_display())),
        ("score", _("Score"), lambda p: p.score if p.score is not None else ""),
        ("rank", _("Place in the ranking"), lambda p: p.rank or ""),
    )

    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(TitleColumn)(
                "number", label=_("Number"), accessor="number", sort_key="number", get_url=self.get_inspect_url
            ),
            Column("participant", label=_("Participant"), accessor="participant.display_name"),
            Column("tidgiver", label=_("Tidgiver"), accessor="volunteer.user.get_full_name"),
            Column("unit", label=_("Unit"), accessor="unit.name"),
            StatusTagColumn("state", label=_("Status"), accessor="get_state_display", sort_key="state", primary=True),
            DateColumn("sent_at", label=_("Sent"), sort_key="sent_at"),
            DateColumn("deadline", label=_("Answer by"), sort_key="deadline"),
            Column("score", label=_("Score"), accessor="score", sort_key="score"),
        ]


class ProposalInspectView(ScopedInspectView):
    template_name = "matching/admin/proposal_inspect.html"
    action_url_names = {}

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        return Proposal.objects.select_related("participant", "volunteer__user", "unit", "proposed_by").get(pk=obj.pk)

    def get_context_data(self, **kwargs):
        proposal = self.object
        moves = allowed_moves(proposal)
        return {
            **super().get_context_data(**kwargs),
            "moves": moves,
            "activate_blockers": blockers(proposal, PS.MATCHED) if proposal.state == PS.ACCEPTED else [],
            "action_urls": {name: reverse(url, args=[proposal.pk]) for name, url in self.action_url_names.items()},
            "activate_form": ActivateForm(),
            "answer_form": CoordinatorAnswerForm(),
            "reason_form": ReasonForm(),
            "events": proposal.events.select_related("actor"),
            "match": getattr(proposal, "match", None) if proposal.state == PS.MATCHED else None,
        }


class WithdrawView(ActionView):
    model = Proposal
    form_class = ReasonForm
    success_message = _("The proposal is withdrawn. The Tidgiver is told.")

    def act(self, proposal, form):
        proposals.withdraw(proposal, self.request.user, reason=form.cleaned_data["reason"])


class AnswerView(ActionView):
    """The Tidgiver answered by phone: the coordinator records it for them."""

    model = Proposal
    form_class = CoordinatorAnswerForm
    success_message = _("The answer is recorded.")

    def act(self, proposal, form):
        accepted = form.cleaned_data["answer"] == "yes"
        proposals.answer(
            proposal, accepted, self.request.user, source=AnswerSource.COORDINATOR, reason=form.cleaned_data["reason"]
        )


class ActivateView(ActionView):
    model = Proposal
    form_class = ActivateForm
    success_message = _("The match is active. The Tidgiver is told.")
    match_url_name = None

    def act(self, proposal, form):
        self.match = matches.activate(proposal, self.request.user, **form.cleaned_data)

    def back(self, proposal):
        match = getattr(self, "match", None)
        if match is not None and self.match_url_name:
            from django.shortcuts import redirect

            return redirect(reverse(self.match_url_name, args=[match.pk]))
        return super().back(proposal)


ACTIONS = {"withdraw": WithdrawView, "answer": AnswerView, "activate": ActivateView}


class ProposalViewSet(UnitScopedViewSet):
    model = Proposal
    icon = "mail"
    menu_label = _("Match proposals")
    menu_order = 197
    add_to_admin_menu = True
    allowed_actions = ("view", "export")
    index_view_class = ProposalIndexView
    inspect_view_class = ProposalInspectView
    list_filter = ["state"]
    list_select_related = ("participant", "volunteer__user", "unit")
    list_per_page = 50
    ordering = ["-sent_at"]
    export_filename = "matchforslag"
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        missing = {"add_url_name": None, "edit_url_name": None, "delete_url_name": None, "usage_url_name": None}
        return super().get_common_view_kwargs(**{**missing, **kwargs})

    def get_inspect_view_kwargs(self, **kwargs):
        names = {name: self.get_url_name(name) for name in ACTIONS}
        return super().get_inspect_view_kwargs(action_url_names=names, **kwargs)

    @property
    def url_finder_class(self):
        return type("ProposalURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        inspect = self.get_url_name("inspect")
        extra = {"inspect_url_name": inspect, "queryset_related": ("participant", "volunteer__user")}
        actions = []
        for name, view_class in ACTIONS.items():
            kwargs = dict(extra)
            if view_class is ActivateView:
                kwargs["match_url_name"] = "matches:inspect"
            actions.append(path(f"<int:pk>/{name}/", self.construct_view(view_class, **kwargs), name=name))
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            *actions,
        ]
