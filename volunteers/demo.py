"""Demo data for `seed_volunteers`: the taushetserklæring, Tidgiver profiles, and applications in many states."""

import datetime

from django.utils import timezone

from portal.org.enums import Role
from portal.org.models import Membership, Unit, VolunteerRole

from .domain import records, screening
from .domain.applications import submit
from .domain.declarations import sign_declaration
from .enums import ApplicationState, Interest, ReferenceOutcome, TimeOfDay, VolunteerStatus, Weekday
from .models import ConfidentialityDeclaration, Volunteer

S = ApplicationState
DECLARATION_TEXT = """Som Tidgiver i Blå Kors steg for steg får du vite ting om andre mennesker.

Jeg lover å ikke fortelle videre det jeg får vite om deltakere, deres familier eller andre Tidgivere. \
Det gjelder også etter at jeg har sluttet som Tidgiver.

Jeg deler ikke bilder, navn eller historier om deltakere i sosiale medier.

Hvis jeg blir bekymret for noen, snakker jeg med koordinatoren min."""

DECLARATION_TITLE_EN = "Confidentiality declaration"
DECLARATION_TEXT_EN = """As a Tidgiver in Blå Kors steg for steg you learn things about other people.

I promise not to pass on what I learn about participants, their families or other Tidgivers. \
This also applies after I have stopped being a Tidgiver.

I do not share pictures, names or stories about participants on social media.

If I become worried about someone, I talk to my coordinator."""

# (first name, last name, e-mail, mobile, unit slug, role slug, where the application should end up)
APPLICANTS = [
    ("Nora", "Nilsen", "nora.nilsen@example.org", "41100001", "drammen", "aktivitetsvenn", S.RECEIVED),
    ("Jonas", "Berg", "jonas.berg@example.org", "41100002", "drammen", "hverdagshjelper", S.CONTACTED),
    ("Fatima", "Ali", "fatima.ali@example.org", "41100003", "drammen", "okonomihjelper", S.CONVERSATION_HELD),
    ("Erik", "Dahl", "erik.dahl@example.org", "41100004", "drammen", "aktivitetsvenn", S.DECLARATIONS),
    ("Ingrid", "Lie", "ingrid.lie@example.org", "41100005", "oslo", "aktivitetsvenn", S.REFERENCES),
    ("Mats", "Moen", "mats.moen@example.org", "41100006", "oslo", "hverdagshjelper", S.ON_HOLD),
    ("Sara", "Vik", "sara.vik@example.org", "41100007", "oslo", None, S.WITHDRAWN),
]


def seed(today=None):
    today = today or timezone.localdate()
    declaration = ConfidentialityDeclaration.objects.create(
        text=DECLARATION_TEXT, title_en=DECLARATION_TITLE_EN, text_en=DECLARATION_TEXT_EN
    )
    profiles = seed_profiles(declaration)
    applications = [seed_application(*spec, today=today) for spec in APPLICANTS]
    # One application waiting too long, so the coordinator's "not contacted within 7 days" highlight shows.
    applications[0].submitted_at = timezone.now() - datetime.timedelta(days=9)
    applications[0].save(update_fields=["submitted_at"])
    return {"declaration": declaration, "profiles": profiles, "applications": applications}


def seed_profiles(declaration):
    """A Tidgiver profile for every demo Tidgiver that has none, with the declaration signed."""
    profiles = []
    for membership in Membership.objects.filter(role=Role.TIDGIVER).select_related("user", "unit", "volunteer_role"):
        profile, created = Volunteer.objects.get_or_create(
            user=membership.user,
            unit=membership.unit,
            defaults={
                "volunteer_role": membership.volunteer_role,
                "interests": [Interest.CULTURE, Interest.SPORT_OUTDOOR],
                "languages": "norsk",
                "status": VolunteerStatus.ACTIVE,
                "approved_at": timezone.now(),
            },
        )
        if created:
            sign_declaration(membership.user, membership.user.get_full_name(), None, declaration)
            profiles.append(profile)
    return profiles


def seed_application(first_name, last_name, email, phone, unit_slug, role_slug, target, *, today):
    unit = Unit.objects.get(slug=unit_slug)
    submission = submit(
        {
            "unit": unit,
            "volunteer_role": VolunteerRole.objects.filter(slug=role_slug).first(),
            "first_name": first_name,
            "last_name": last_name,
            "email": email,
            "phone": "+47" + phone,
            "postal_code": "3015" if unit_slug == "drammen" else "0150",
            "postal_place": unit.name,
            "date_of_birth": datetime.date(1985, 3, 14),
            "interests": [Interest.CULTURE, Interest.NETWORK_CLUBS],
            "competencies": "Glad i å gå tur og lage mat.",
            "languages": "norsk, engelsk",
            "available_days": [Weekday.TUESDAY, Weekday.SATURDAY],
            "available_times": [TimeOfDay.EVENING, TimeOfDay.WEEKEND],
            "motivation": "Jeg vil gi noe tilbake til lokalsamfunnet.",
            "heard_about": "Facebook",
            "privacy_notice_version": "1",
        }
    )
    application = submission.application
    coordinator = Membership.objects.filter(unit=unit, role=Role.COORDINATOR).select_related("user").first()
    actor = coordinator.user if coordinator else None
    walk_to(application, target, actor=actor, today=today)
    return application


def walk_to(application, target, *, actor, today):
    """Move the application along the pipeline, recording what each step needs, until it reaches `target`."""
    if target in (S.WITHDRAWN, S.ON_HOLD, S.REJECTED):
        if target == S.ON_HOLD:
            walk_to(application, S.CONTACTED, actor=actor, today=today)
        reason = "Demo: har flyttet" if target == S.REJECTED else ""
        screening.transition(application, target, actor=actor, reason=reason)
        return
    for state in (S.CONTACTED, S.CONVERSATION_BOOKED, S.CONVERSATION_HELD, S.REFERENCES, S.DECLARATIONS):
        if _reached(application, target, state):
            return
        if state == S.CONVERSATION_HELD:
            records.record_conversation(application, actor=actor, held_on=today, notes="God samtale, motivert.")
        if state == S.DECLARATIONS:
            records.add_reference(
                application,
                actor=actor,
                name="Anne Referanse",
                relation="Tidligere leder",
                contact="+4790000000",
                outcome=ReferenceOutcome.POSITIVE,
            )
        screening.transition(application, state, actor=actor)


def _reached(application, target, state):
    order = [S.RECEIVED, S.CONTACTED, S.CONVERSATION_BOOKED, S.CONVERSATION_HELD, S.REFERENCES, S.DECLARATIONS]
    return order.index(state) > order.index(target)
