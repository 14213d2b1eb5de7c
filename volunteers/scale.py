"""seed_scale part: Tidgivere (accounts, memberships, profiles) and applications in every state."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal.org.enums import Role
from portal.org.models import Membership, VolunteerRole

from .enums import ApplicationState, Interest, TimeOfDay, VolunteerStatus, Weekday
from .models import Application, Volunteer

FIRST_NAMES = [
    "Anne", "Bjørn", "Cecilie", "Dag", "Eli", "Frode", "Guro", "Hans", "Ingrid", "Jon", "Kari", "Lars", "Mona",
    "Nils", "Ola", "Per", "Randi", "Siri", "Tone", "Uno", "Vigdis", "Aisha", "Ali", "Fatima", "Mohammed", "Agnieszka",
    "Tomasz", "Sara", "Emil", "Nora", "Jonas", "Ida", "Mathias", "Hedda",
]  # fmt: skip
LAST_NAMES = [
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
    "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Ahmed", "Nowak", "Ali", "Bakke", "Lie", "Dahl",
]  # fmt: skip
LANGUAGES = ["norsk", "norsk, engelsk", "norsk, engelsk", "norsk, arabisk", "norsk, polsk", "norsk, somali"]
COMPETENCIES = ["", "", "regnskap og budsjett", "jobberfaring fra butikk", "snekker", "NAV-erfaring", "lærer"]
# Share of the applications that are not approved, by state (the approved ones belong to Tidgivere).
OPEN_AND_CLOSED_STATES = [
    (ApplicationState.RECEIVED, 20),
    (ApplicationState.CONTACTED, 15),
    (ApplicationState.CONVERSATION_BOOKED, 10),
    (ApplicationState.CONVERSATION_HELD, 10),
    (ApplicationState.REFERENCES, 8),
    (ApplicationState.DECLARATIONS, 7),
    (ApplicationState.READY, 5),
    (ApplicationState.ON_HOLD, 5),
    (ApplicationState.REJECTED, 10),
    (ApplicationState.WITHDRAWN, 10),
]
# Of all applications, this share was approved (when there are Tidgivere enough to own them).
APPROVED_SHARE = 0.6


def _users(scale, kind, count):
    users = [
        get_user_model()(
            email=scale.email(kind, number),
            first_name=scale.rng.choice(FIRST_NAMES),
            last_name=scale.rng.choice(LAST_NAMES),
            phone=f"+47{9 if kind == 'tidgiver' else 4}{number:07d}",
            phone_verified=True,
            password=scale.password_hash,
        )
        for number in range(1, count + 1)
    ]
    users = scale.bulk(get_user_model(), users)
    scale.bulk(EmailAddress, [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users])
    return users


def _application(scale, user, unit, role, state, submitted_at):
    rng = scale.rng
    return Application(
        user=user,
        unit=unit,
        volunteer_role=role,
        first_name=user.first_name,
        last_name=user.last_name,
        email=user.email,
        phone=user.phone,
        postal_code=f"{rng.randrange(1000, 9999)}",
        postal_place=unit.municipality,
        date_of_birth=datetime.date(rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29)),
        interests=rng.sample(list(Interest.values), rng.randrange(1, 4)),
        competencies=rng.choice(COMPETENCIES),
        languages=rng.choice(LANGUAGES),
        lived_experience=rng.choice([None, None, True, False]),
        available_days=rng.sample(list(Weekday.values), rng.randrange(1, 4)),
        available_times=rng.sample(list(TimeOfDay.values), rng.randrange(1, 3)),
        motivation="Jeg vil gjerne bidra i nærmiljøet.",
        privacy_notice_version="2026-1",
        consented_at=submitted_at,
        state=state,
        state_changed_at=submitted_at,
        submitted_at=submitted_at,
        contacted_at=None if state == ApplicationState.RECEIVED else submitted_at,
    )


def _volunteer_status(rng):
    return rng.choices([VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED, VolunteerStatus.ENDED], weights=[90, 7, 3])[0]


def seed_scale(scale):
    units = scale.units()
    if Volunteer.objects.filter(unit__in=units).exists():
        scale.log("Tidgivere already there")
        return
    rng = scale.rng
    roles = list(VolunteerRole.objects.filter(requires_police_certificate=False)) or [None]
    volunteer_count, application_count = scale.count("volunteers"), scale.count("applications")
    approved_count = min(volunteer_count, round(application_count * APPROVED_SHARE))

    tidgivere = _users(scale, "tidgiver", volunteer_count)
    unit_of = {user.pk: units[number % len(units)] for number, user in enumerate(tidgivere)}
    role_of = {user.pk: rng.choice(roles) for user in tidgivere}
    approved_at = {user.pk: scale.days_ago(1, 4 * 365) for user in tidgivere}
    scale.bulk(
        Membership,
        [Membership(user=u, unit=unit_of[u.pk], role=Role.TIDGIVER, volunteer_role=role_of[u.pk]) for u in tidgivere],
    )
    approved = scale.bulk(
        Application,
        [
            _application(
                scale,
                u,
                unit_of[u.pk],
                role_of[u.pk],
                ApplicationState.APPROVED,
                approved_at[u.pk] - datetime.timedelta(days=rng.randrange(20, 90)),
            )
            for u in tidgivere[:approved_count]
        ],
    )
    application_of = {application.user_id: application for application in approved}
    scale.bulk(
        Volunteer,
        [
            Volunteer(
                user=u,
                unit=unit_of[u.pk],
                volunteer_role=role_of[u.pk],
                status=_volunteer_status(rng),
                approved_at=approved_at[u.pk],
                application=application_of.get(u.pk),
                interests=application_of[u.pk].interests if u.pk in application_of else [Interest.CULTURE],
                competencies=rng.choice(COMPETENCIES),
                languages=rng.choice(LANGUAGES),
            )
            for u in tidgivere
        ],
    )

    others = application_count - approved_count
    states = rng.choices([s for s, _w in OPEN_AND_CLOSED_STATES], [w for _s, w in OPEN_AND_CLOSED_STATES], k=others)
    applicants = _users(scale, "soker", others)
    open_states = {s for s in ApplicationState if s not in (ApplicationState.REJECTED, ApplicationState.WITHDRAWN)}
    unit_of = {user.pk: units[number % len(units)] for number, user in enumerate(applicants)}
    scale.bulk(
        Application,
        [
            _application(scale, u, unit_of[u.pk], rng.choice(roles), state, scale.days_ago(0, 365))
            for u, state in zip(applicants, states, strict=True)
        ],
    )
    scale.bulk(
        Membership,
        [
            Membership(user=u, unit=unit_of[u.pk], role=Role.APPLICANT)
            for u, state in zip(applicants, states, strict=True)
            if state in open_states
        ],
    )
    scale.log(f"{volunteer_count} Tidgivere, {application_count} applications ({approved_count} approved)")
