""" "Finn Tidgiver": the ranked candidates for one participant, one candidate opened, and proposing one.

Thin views: scope the participant to the user's units (another unit's is a 404), ask the ranking, call
``ranking.propose_candidate`` (which calls the proposal pipeline). Choosing a Tidgiver outside the top three
needs a short reason, which is stored with the proposal.
"""

from django import forms
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.rules import is_staff_member
from portal.org.scoping import get_or_404
from volunteers.participants.domain import access
from volunteers.participants.enums import AccessPage
from volunteers.participants.models import Participant

from ..domain import ranking
from ..domain.errors import Blocked
from ..domain.guards import TOP_PLACES
from ..models import Proposal
from .display import needs_summary, profile_summary

URL_FIND = "matching_find_tidgiver"
URL_CANDIDATE = "matching_candidate"
URL_PROPOSE = "matching_propose"
OVERRIDE_LIMIT = 1000


class ProposeForm(forms.Form):
    volunteer = forms.IntegerField(widget=forms.HiddenInput)
    override_reason = forms.CharField(
        label=gettext_lazy("Why this Tidgiver?"),
        max_length=OVERRIDE_LIMIT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Needed when the Tidgiver is not among the top three. Stored with the proposal."),
    )
    back = forms.ChoiceField(choices=[("find", "find"), ("cohort", "cohort")], required=False, widget=forms.HiddenInput)


def scoped_participant(request, pk):
    """A participant of the user's units who is not erased; otherwise 404 (also for non-staff)."""
    if not is_staff_member(request.user):
        raise Http404
    return get_or_404(Participant.objects.not_erased().select_related("unit"), request.user, pk=pk)


class ParticipantRankingMixin(WagtailAdminTemplateMixin):
    header_icon = "group"
    page_name = None

    def dispatch(self, request, *args, **kwargs):
        self.participant = scoped_participant(request, kwargs["participant_pk"])
        return super().dispatch(request, *args, **kwargs)

    def open_proposal(self):
        return Proposal.objects.open().filter(participant=self.participant).select_related("volunteer__user").first()

    def get_page_subtitle(self):
        return self.participant.display_name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(URL_FIND, args=[self.participant.pk]), "label": _("Find a Tidgiver")},
            {"url": "", "label": self.participant.display_name},
        ]

    def log_view(self):
        """Every view of a participant record is logged (who, when, which record, which page)."""
        access.log_view(self.participant, self.request.user, self.page_name)


class FindTidgiverView(ParticipantRankingMixin, TemplateView):
    template_name = "matching/admin/find.html"
    page_name = AccessPage.FIND_TIDGIVER

    def get_page_title(self):
        return _("Find a Tidgiver")

    def get_context_data(self, **kwargs):
        self.log_view()
        result = ranking.rank(self.participant)
        return {
            **super().get_context_data(**kwargs),
            "participant": self.participant,
            "needs": needs_summary(self.participant),
            "ranking": result,
            "open_proposal": self.open_proposal(),
            "top_places": TOP_PLACES,
            "propose_url": reverse(URL_PROPOSE, args=[self.participant.pk]),
        }


class CandidateView(ParticipantRankingMixin, TemplateView):
    template_name = "matching/admin/candidate.html"
    page_name = AccessPage.CANDIDATE

    def get_page_title(self):
        return _("Candidate")

    def get_context_data(self, form=None, **kwargs):
        self.log_view()
        volunteer_id = self.kwargs["volunteer_pk"]
        result = ranking.rank(self.participant, limit=0, include=volunteer_id)
        candidate = result.find(volunteer_id)
        if candidate is None:
            raise Http404  # not in the unit, or does not pass the hard filters for this participant
        return {
            **super().get_context_data(**kwargs),
            "participant": self.participant,
            "candidate": candidate,
            "profile": profile_summary(candidate.volunteer),
            "needs_reason": candidate.rank > TOP_PLACES,
            "open_proposal": self.open_proposal(),
            "form": form or ProposeForm(initial={"volunteer": volunteer_id, "back": "find"}),
            "propose_url": reverse(URL_PROPOSE, args=[self.participant.pk]),
            "pool_size": result.pool_size,
        }


class ProposeView(View):
    """POST only: propose one Tidgiver for the participant, with the ranking's score, reasons and place."""

    http_method_names = ["post"]

    def post(self, request, participant_pk):
        participant = scoped_participant(request, participant_pk)
        form = ProposeForm(request.POST)
        if not form.is_valid():
            raise Http404
        volunteer_id = form.cleaned_data["volunteer"]
        try:
            proposal = ranking.propose_candidate(
                participant, volunteer_id, request.user, override_reason=form.cleaned_data["override_reason"]
            )
        except ranking.NotACandidate:
            raise Http404 from None
        except Blocked as blocked:
            messages.error(request, _("Nothing was proposed: %(reasons)s") % {"reasons": " ".join(blocked.reasons)})
            if form.cleaned_data["back"] == "cohort":
                return redirect(reverse("matching_cohort") + f"?unit={participant.unit_id}")
            return redirect(reverse(URL_CANDIDATE, args=[participant.pk, volunteer_id]))
        messages.success(
            request,
            _("Proposal %(number)s sent to %(name)s.")
            % {"number": proposal.number, "name": proposal.volunteer.user.get_full_name()},
        )
        if form.cleaned_data["back"] == "cohort":
            return redirect(reverse("matching_cohort") + f"?unit={participant.unit_id}")
        return redirect(reverse(URL_FIND, args=[participant.pk]))
