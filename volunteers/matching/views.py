"""The Tidgiver's answer to a proposal on Min side. Thin: check, call proposals.answer, tell the result."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .domain import proposals
from .domain.errors import MatchingError
from .enums import AnswerSource
from .forms import AnswerForm
from .models import Proposal

MIN_SIDE = "minside:dashboard"


@login_required
@require_POST
def answer(request, pk):
    # Someone else's proposal is a 404, the same as one that does not exist.
    proposal = get_object_or_404(
        Proposal.objects.select_related("participant", "volunteer"), pk=pk, volunteer__user=request.user
    )
    form = AnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose yes or no."))
        return redirect(MIN_SIDE)
    try:
        proposals.answer(
            proposal, form.accepted, request.user, source=AnswerSource.MIN_SIDE, reason=form.cleaned_data["reason"]
        )
    except MatchingError as error:
        messages.error(request, str(error))
    else:
        name = proposal.participant.display_name
        if form.accepted:
            messages.success(
                request, _("Thank you! The coordinator will be in touch about meeting %(name)s.") % {"name": name}
            )
        else:
            messages.success(request, _("Thank you for answering. It is fine to say no."))
    return redirect(MIN_SIDE)
