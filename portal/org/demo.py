"""Demo units, roles and people for `seed_demo`. Never run in production: the passwords are printed."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from .domain import set_membership
from .enums import Role
from .models import Unit, VolunteerRole

DEMO_PASSWORD = "steg-for-steg-demo"

UNITS = [
    {
        "slug": "drammen",
        "name": "Drammen",
        "municipality": "Drammen",
        "contact_email": "drammen@example.org",
        "contact_phone": "+4732000000",
    },
    {
        "slug": "oslo",
        "name": "Oslo",
        "municipality": "Oslo",
        "contact_email": "oslo@example.org",
        "contact_phone": "+4722000000",
        "youth_minimum_age": 13,
    },
]

VOLUNTEER_ROLES = [
    ("aktivitetsvenn", "Aktivitetsvenn", "Blir med på aktiviteter: kino, tur, trening, kultur.", False),
    ("hverdagshjelper", "Hverdagshjelper", "Praktisk støtte: bolig, regninger, offentlige kontorer.", False),
    ("okonomihjelper", "Økonomihjelper", "Hjelp med budsjett og personlig økonomi.", False),
    ("ungdomstidgiver", "Ungdomstidgiver", "Tidgiver for unge deltakere under 18 år.", True),
]

# (e-mail, first name, last name, unit slug, role, volunteer role slug)
PEOPLE = [
    ("koordinator.drammen@example.org", "Kari", "Koordinator", "drammen", Role.COORDINATOR, None),
    ("koordinator.oslo@example.org", "Ola", "Koordinator", "oslo", Role.COORDINATOR, None),
    ("tidgiver@example.org", "Tone", "Tidgiver", "drammen", Role.TIDGIVER, "aktivitetsvenn"),
    ("tidgiver2@example.org", "Per", "Persen", "drammen", Role.TIDGIVER, "hverdagshjelper"),
    ("tidgiver3@example.org", "Aisha", "Hansen", "oslo", Role.TIDGIVER, "aktivitetsvenn"),
]

ADMIN_EMAIL = "admin@example.org"
# Verified numbers, so log-in by SMS code can be tried (`make run` prints the codes; nothing is sent).
DEMO_PHONES = {
    "tidgiver@example.org": "+4740000001",
    "tidgiver2@example.org": "+4740000002",
    "tidgiver3@example.org": "+4740000003",
}


def create_person(email, first_name, last_name, password=DEMO_PASSWORD, **extra):
    user = get_user_model().objects.create_user(
        email=email, password=password, first_name=first_name, last_name=last_name, **extra
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def seed_people():
    units = {spec["slug"]: Unit.objects.create(**spec) for spec in UNITS}
    roles = {
        slug: VolunteerRole.objects.create(
            slug=slug, name=name, description=description, requires_police_certificate=police
        )
        for slug, name, description, police in VOLUNTEER_ROLES
    }
    for email, first_name, last_name, unit_slug, role, volunteer_role in PEOPLE:
        phone = DEMO_PHONES.get(email, "")
        user = create_person(email, first_name, last_name, phone=phone, phone_verified=bool(phone))
        set_membership(user, units[unit_slug], role, roles.get(volunteer_role))
    create_person(ADMIN_EMAIL, "Admin", "Administrator", is_staff=True, is_superuser=True)
    return units


def demo_logins():
    return [ADMIN_EMAIL] + [person[0] for person in PEOPLE]
