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

from portal.localized import url_in
from portal.org.rules import is_staff_member

from ..domain.access import live_modules, may_take_module, may_take_training
from ..domain.attempts import (
    InvalidToken,
    NoAttemptsLeftToday,
    existing_attempt,
    issue_token,
    may_try_today,
    start_module,
    submit_attempt,
)
from ..domain.quiz import feedback, questions_of
from ..domain.status import status_for_module, status_of, statuses_for
from ..domain.translations import in_language, module_of
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
        context["statuses"] = in_language([status_of(module, None) for module in live_modules()], request)
    else:
        staff_modules = list(live_modules()) if is_staff_member(request.user) else None
        context["statuses"] = in_language(statuses_for(request.user, modules=staff_modules), request)
    return _private(TemplateResponse(request, page.get_template(request), context))


def _address(request, page, attempt=None):
    """The page's address for the person reading it (under /en/ when they read English), or an attempt's."""
    url = url_in(page, request=request)
    return url + page.reverse_subpage("attempt", args=[attempt.pk]) if attempt is not None else url


def module_view(request, page):
    """``page`` is the module in the language read; progress and attempts belong to its module."""
    if refusal := _refuse(request, lambda user: may_take_module(user, module_of(page))):
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
        return redirect(_address(request, page, already))
    if not form.is_valid():
        return _render_module(request, page, form)
    try:
        attempt, _created = submit_attempt(request.user, page, token, form.answers())
    except NoAttemptsLeftToday:
        return _render_module(request, page, form)
    except InvalidToken:
        # Too old (or tampered with): keep the answers, give a new token, and ask to submit again.
        data = request.POST.copy()
        data["token"] = issue_token(request.user, page)
        fresh = QuizForm(questions, data=data)
        fresh.is_valid()
        return _render_module(request, page, fresh, stale=True)
    return redirect(_address(request, page, attempt))


def _render_module(request, page, form, stale=False):
    context = page.get_context(request)
    context.update(
        form=form,
        module=module_of(page),
        stale_form=stale,
        preview=_is_preview(request),
        unanswered=form.unanswered_numbers() if form.is_bound else [],
        status=None if _is_preview(request) else status_for_module(request.user, module_of(page)),
        tries_left_today=_is_preview(request) or may_try_today(request.user, page),
        attempts=_own_attempts(request.user, page),
    )
    return _private(TemplateResponse(request, page.get_template(request), context))


def _own_attempts(user, page):
    if not user.is_authenticated:
        return []
    module = module_of(page)
    return list(QuizAttempt.objects.filter(progress__user=user, progress__module=module).order_by("-submitted_at"))


def attempt_view(request, page, attempt_id):
    if refusal := _refuse(request, lambda user: may_take_module(user, module_of(page))):
        return refusal
    module = module_of(page)
    attempt = get_object_or_404(QuizAttempt, pk=attempt_id, progress__user=request.user, progress__module=module)
    context = page.get_context(request)
    context.update(
        attempt=attempt,
        answers=feedback(attempt),
        heading=_("Your answers"),
        tries_left_today=may_try_today(request.user, page),
    )
    return _private(TemplateResponse(request, "training/attempt.html", context))
