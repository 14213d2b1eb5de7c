"""Signing the taushetserklæring on Min side. A newer version does not invalidate older signatures."""

import unicodedata

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.published_cache import cached_under_page_version

from ..enums import EventKind
from ..models import Application, ConfidentialityDeclaration, ConfidentialitySignature
from .errors import ScreeningError
from .records import log_event

DECLARATIONS_CACHE_SECONDS = 24 * 60 * 60


def current_declaration():
    return ConfidentialityDeclaration.objects.current()


def published_declarations():
    """Every declaration (without its text), newest version first, from the cache: the same for everyone.

    Declarations are snippets: saving or deleting one bumps the public pages' version (cms.page_cache), which is
    stored with the list. Which one is current is decided per call, as a new version may be published ahead.
    """
    return cached_under_page_version(
        "declarations",
        lambda: list(ConfidentialityDeclaration.objects.defer("text").order_by("-version")),
        DECLARATIONS_CACHE_SECONDS,
    )


def cached_current_declaration():
    """The current declaration, as ``current_declaration`` but without a query (its text is not loaded)."""
    now = timezone.now()
    return next((declaration for declaration in published_declarations() if declaration.published_at <= now), None)


def signed_at(user, declaration):
    """When ``user`` signed ``declaration`` (None if not): a subquery, to annotate another query about the user."""
    signed = ConfidentialitySignature.objects.filter(user=user, declaration=declaration).order_by("-signed_at")
    return Subquery(signed.values("signed_at")[:1])


def signed_on(user, declaration):
    signed = ConfidentialitySignature.objects.filter(user=user, declaration=declaration).order_by("-signed_at")
    return signed.values_list("signed_at", flat=True).first()


def current_declaration_for(user):
    """The current declaration with ``signed_at``: when ``user`` signed it (None if not yet), in one query."""
    signed = ConfidentialitySignature.objects.filter(user=user, declaration=OuterRef("pk")).order_by("-signed_at")
    return (
        ConfidentialityDeclaration.objects.published()
        .annotate(signed_at=Subquery(signed.values("signed_at")[:1]))
        .order_by("-version")
        .first()
    )


def signature_of(user, declaration=None):
    signatures = ConfidentialitySignature.objects.filter(user=user).select_related("declaration")
    if declaration is not None:
        signatures = signatures.filter(declaration=declaration)
    return signatures.order_by("-signed_at").first()


def has_signed_current(user):
    declaration = current_declaration()
    return declaration is not None and signature_of(user, declaration) is not None


def comparable_name(name):
    """'  Åse   MÜLLER ' and 'ase muller' compare equal: case, spacing and accents are forgiven."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_matches(user, full_name):
    return comparable_name(full_name) == comparable_name(user.get_full_name())


@transaction.atomic
def sign_declaration(user, full_name, ip, declaration=None, language="nb"):
    """Sign the current (or given) version, as shown in ``language`` (the text the person read: see
    ConfidentialityDeclaration.language_for). Signing the same version twice returns the first signature."""
    declaration = declaration or current_declaration()
    if declaration is None:
        raise ScreeningError(_("There is no confidentiality declaration to sign yet."))
    full_name = " ".join(full_name.split())
    if not full_name:
        raise ScreeningError(_("Type your full name to sign."))
    if not name_matches(user, full_name):
        # Only the account holder can sign for themselves; a wrong name is a typo or someone else.
        raise ScreeningError(
            _("The name must be the one on your account: %(name)s. If that name is wrong, tell your coordinator.")
            % {"name": user.get_full_name()}
        )
    signature, created = ConfidentialitySignature.objects.get_or_create(
        user=user,
        declaration=declaration,
        defaults={"full_name": full_name, "ip": ip or None, "language": declaration.language_for(language)},
    )
    if created:
        text = _("Confidentiality declaration version %(version)s signed") % {"version": declaration.version}
        for application in Application.objects.open().filter(user=user):
            log_event(application, EventKind.CHECKLIST, text, actor=user)
    return signature
