"""Signing the taushetserklæring on Min side. A newer version does not invalidate older signatures."""

import unicodedata

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext as _

from ..enums import EventKind
from ..models import Application, ConfidentialityDeclaration, ConfidentialitySignature
from .errors import ScreeningError
from .records import log_event


def current_declaration():
    return ConfidentialityDeclaration.objects.current()


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
