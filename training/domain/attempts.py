"""Starting a module and submitting its quiz.

Each quiz form carries a one-time token (signed: person, module, when the form was shown, a random
nonce). The nonce is stored with the attempt under a unique constraint, so a double click or a replayed
request finds the attempt already made instead of making a second one.

The functions take the page the person reads, in any language; progress and attempts are kept for its
module (the Norwegian page, domain.translations), so passing in English passes the module.
"""

import datetime
import secrets

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import ModuleProgress, QuizAttempt
from .quiz import grade, questions_of, snapshot
from .translations import module_of

TOKEN_SALT = "training.quiz-attempt"  # noqa: S105 - a signing namespace, not a secret
TOKEN_MAX_AGE = 24 * 60 * 60
FAILED_ATTEMPTS_PER_DAY = 3


class NoAttemptsLeftToday(Exception):
    """Three failed attempts at this module today: the next try is tomorrow."""


class InvalidToken(Exception):
    """The form's token is forged, for another person or module, or too old."""


def failed_attempts_today(user, module, now=None):
    module = module_of(module)
    midnight = timezone.localtime(now or timezone.now()).replace(hour=0, minute=0, second=0, microsecond=0)
    return QuizAttempt.objects.filter(
        progress__user=user, progress__module=module, passed=False, submitted_at__gte=midnight
    ).count()


def may_try_today(user, module, now=None):
    return failed_attempts_today(user, module, now) < FAILED_ATTEMPTS_PER_DAY


def start_module(user, module):
    """Record that the person has opened the module (once)."""
    progress, _created = ModuleProgress.objects.get_or_create(user=user, module=module_of(module))
    return progress


def issue_token(user, module):
    return signing.TimestampSigner(salt=TOKEN_SALT).sign_object(
        {
            "user": user.pk,
            "module": module_of(module).pk,
            "nonce": secrets.token_hex(16),
            "shown": int(timezone.now().timestamp()),
        }
    )


def read_token(token, user, module):
    """The nonce and the time the form was shown, or InvalidToken."""
    signer = signing.TimestampSigner(salt=TOKEN_SALT)
    try:
        payload = signer.unsign_object(token, max_age=TOKEN_MAX_AGE)
    except (signing.BadSignature, ValueError):
        raise InvalidToken from None
    if not isinstance(payload, dict) or payload.get("user") != user.pk or payload.get("module") != module_of(module).pk:
        raise InvalidToken
    return payload["nonce"], datetime.datetime.fromtimestamp(payload["shown"], tz=datetime.UTC)


def existing_attempt(user, module, token):
    """The attempt already made with this form, if any (for a double click or a replay)."""
    try:
        nonce, _shown_at = read_token(token, user, module)
    except InvalidToken:
        return None
    return QuizAttempt.objects.filter(token=nonce, progress__user=user, progress__module=module_of(module)).first()


def submit_attempt(user, page, token, answers, now=None):
    """Grade and store one attempt at the quiz of ``page`` (as shown, in its language). Returns (attempt,
    created); a token already used returns its attempt.

    Passing sets (or renews) the module's pass date and version passed; failing never removes a pass.
    """
    module = module_of(page)
    nonce, shown_at = read_token(token, user, module)
    now = now or timezone.now()
    with transaction.atomic():
        progress = ModuleProgress.objects.select_for_update().filter(user=user, module=module).first()
        progress = progress or start_module(user, module)
        already = QuizAttempt.objects.filter(token=nonce, progress=progress).first()
        if already is not None:
            return already, False
        if not may_try_today(user, module, now):
            raise NoAttemptsLeftToday
        grading = grade(questions_of(page), answers, module.pass_mark_percent)
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    progress=progress,
                    token=nonce,
                    started_at=min(shown_at, now),
                    submitted_at=now,
                    answers=snapshot(grading),
                    correct_count=grading.correct_count,
                    question_count=grading.question_count,
                    score_percent=grading.score_percent,
                    pass_mark_percent=module.pass_mark_percent,
                    passed=grading.passed,
                    module_version=module.retraining_version,
                )
        except IntegrityError:
            return QuizAttempt.objects.get(token=nonce, progress=progress), False
        progress.attempt_count += 1
        if grading.passed:
            progress.passed_at = now
            progress.passed_version = module.retraining_version
        progress.save(update_fields=["attempt_count", "passed_at", "passed_version"])
    return attempt, True
