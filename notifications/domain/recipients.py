"""Who a message goes to: a User or a Contact, reduced to what sending needs."""

from dataclasses import dataclass, replace

from ..enums import Channel, ChannelChoice, Language
from .phones import normalise_phone


@dataclass(frozen=True)
class Target:
    user: object
    name: str
    first_name: str
    email: str
    phone: str
    language: str
    preference: str
    phone_status: object = None  # PhoneStatus of the number, or None

    def address(self, channel):
        return self.phone if channel == Channel.SMS else self.email


def resolve(recipient, phone_statuses=None):
    """``phone_statuses`` ({phone: PhoneStatus}) saves a query per person when many are resolved at once."""
    target = _resolve(recipient)
    if not target.phone:
        return target
    status = phone_statuses.get(target.phone) if phone_statuses is not None else load_phone_status(target.phone)
    return replace(target, phone_status=status)


def load_phone_status(phone):
    from ..models import PhoneStatus

    return PhoneStatus.objects.filter(phone=phone).first()


def _resolve(recipient):
    from ..api import Contact

    if isinstance(recipient, Contact):
        user = recipient.user
        return Target(
            user=user,
            name=recipient.name,
            # The name given with the address, not the account's: a number typed by someone else learns nothing.
            first_name=recipient.name.split(" ")[0] if recipient.name else (user.first_name if user else ""),
            email=recipient.email.strip(),
            phone=normalise_phone(recipient.phone),
            language=language_of(user) if user else recipient.language if recipient.language in ("nb", "en") else "nb",
            preference=preference_of(user) if user else ChannelChoice.BOTH,
        )
    return Target(
        user=recipient,
        name=recipient.get_full_name() or recipient.email,
        first_name=recipient.first_name,
        email=recipient.email,
        phone=normalise_phone(recipient.phone),
        language=language_of(recipient),
        preference=preference_of(recipient),
    )


def stored_preference(user):
    from ..models import ContactPreference

    try:
        return user.contact_preference
    except ContactPreference.DoesNotExist:
        return None


def preference_of(user):
    stored = stored_preference(user)
    return stored.channels if stored else ChannelChoice.BOTH


def language_of(user):
    stored = stored_preference(user)
    return stored.language if stored else Language.NB


def first_unit(user):
    if user is None:
        return None
    membership = user.memberships.select_related("unit").order_by("created_at", "pk").first()
    return membership.unit if membership else None
