"""Serving the training pages: the overview, a module with its quiz, and the result of one attempt.

Anonymous visitors go to log-in; logged-in people who may not take the module get a 404, as if the page
did not exist. Only the person who made an attempt can ever see its answers.
"""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from portal.org.rules import is_staff_member

from ..domain.access import live_modules, may_take_module, may_take_training
from ..domain.attempts import InvalidToken, existing_attempt, issue_token, start_module, submit_attempt
from ..domain.quiz import feedback, questions_of
from ..domain.status import status_for_module, status_of, statuses_for
from ..forms import QuizForm
from ..models import QuizAttempt


def _is_preview(request):
    return getattr(request, "is_preview", False)


def _refuse(request, allowed):
    """A response for someone who may not see the page, or None when they may."""
    if _is_preview(request):
        return None  # Wagtail's preview has already checked the editor's permissions.
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not allowed(request.user):
        raise Http404
    return None


def _private(response):
    add_never_cache_headers(response)
    return response


def index_view(request, page):
    if refusal := _refuse(request, may_take_training):
        return refusal
    # There is one overview page (max_count = 1), so every live module is one of its children.
    context = page.get_context(request)
    if _is_preview(request):
        context["statuses"] = [status_of(module, None) for module in live_modules()]
    else:
        staff_modules = list(live_modules()) if is_staff_member(request.user) else None
        context["statuses"] = statuses_for(request.user, modules=staff_modules)
    return _private(TemplateResponse(request, page.get_template(request), context))


def module_view(request, page):
    if refusal := _refuse(request, lambda user: may_take_module(user, page)):
        return refusal
    questions = questions_of(page)
    preview = _is_preview(request)
    if request.method == "POST" and not preview:
        return _submit(request, page, questions)
    if not preview:
        start_module(request.user, page)
    form = QuizForm(questions, initial={"token": "" if preview else issue_token(request.user, page)})
    return _render_module(request, page, form)


def _submit(request, page, questions):
    form = QuizForm(questions, data=request.POST)
    token = request.POST.get("token", "")
    if (already := existing_attempt(request.user, page, token)) is not None:
        return redirect(page.url + page.reverse_subpage("attempt", args=[already.pk]))
    if not form.is_valid():
        return _render_module(request, page, form)
    try:
        attempt, _created = submit_attempt(request.user, page, token, form.answers())
    except InvalidToken:
        # Too old (or tampered with): keep the answers, give a new token, and ask to submit again.
        data = request.POST.copy()
        data["token"] = issue_token(request.user, page)
        fresh = QuizForm(questions, data=data)
        fresh.is_valid()
        return _render_module(request, page, fresh, stale=True)
    return redirect(page.url + page.reverse_subpage("attempt", args=[attempt.pk]))


def _render_module(request, page, form, stale=False):
    context = page.get_context(request)
    context.update(
        form=form,
        stale_form=stale,
        preview=_is_preview(request),
        unanswered=form.unanswered_numbers() if form.is_bound else [],
        status=None if _is_preview(request) else status_for_module(request.user, page),
        attempts=_own_attempts(request.user, page),
    )
    return _private(TemplateResponse(request, page.get_template(request), context))


def _own_attempts(user, page):
    if not user.is_authenticated:
        return []
    return list(QuizAttempt.objects.filter(progress__user=user, progress__module=page).order_by("-submitted_at"))


def attempt_view(request, page, attempt_id):
    if refusal := _refuse(request, lambda user: may_take_module(user, page)):
        return refusal
    attempt = get_object_or_404(QuizAttempt, pk=attempt_id, progress__user=request.user, progress__module=page)
    context = page.get_context(request)
    context.update(attempt=attempt, answers=feedback(attempt), heading=_("Your answers"))
    return _private(TemplateResponse(request, "training/attempt.html", context))
