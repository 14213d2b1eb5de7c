"""Helpers for the participant back-office tests: logged-in staff, participants with goals, form data."""

import datetime

from django.test import Client
from django.utils import timezone

from portal.org.enums import Role
from tests import factories
from tests.mfa import log_in_with_mfa
from volunteers.enums import LifeArea
from volunteers.participants.domain import records
from volunteers.participants.enums import ParticipantStatus
from volunteers.participants.models import Participant

LISTING = "/admin/participants/"


def staff_login(user):
    return log_in_with_mfa(Client(), user)


def make_unit_admin(unit, **fields):
    fields.setdefault("first_name", "Una")
    return factories.make_member(unit, Role.UNIT_ADMIN, **fields)


def register(unit, actor=None, *, display_name="Ali", code=None, life_areas=(LifeArea.NETWORK,), goals=None, **values):
    """A participant through the domain (as the form would), with one goal scored at intake by default."""
    code = code or f"C-{Participant.objects.count() + 1:04d}"
    values.setdefault("consent_given_on", timezone.localdate())
    values.setdefault("consent_text_version", "1")
    return records.register(
        unit,
        actor=actor,
        values={"display_name": display_name, "code": code, **values},
        life_areas=life_areas,
        goals=goals if goals is not None else [("Gå på tur hver uke", -1)],
        life_satisfaction=5,
    )


def waiting_for(participant, days):
    Participant.objects.filter(pk=participant.pk).update(
        status=ParticipantStatus.WAITING, waiting_since=timezone.localdate() - datetime.timedelta(days=days)
    )


def form_data(unit, **overrides):
    data = {
        "unit": str(unit.pk),
        "display_name": "Ali",
        "code": "DR-0042",
        "responsible": "",
        "start_date": timezone.localdate().isoformat(),
        "age_band": "",
        "municipality": "Drammen",
        "postal_code": "3015",
        "preferred_gender": "",
        "gender_wish": "prefer",
        "preferred_age_band": "",
        "age_wish": "prefer",
        "what_would_help": "Noen å gå på kino med.",
        "consent_given_on": timezone.localdate().isoformat(),
        "consent_text_version": "1",
        "priority_1": "network",
        "priority_2": "leisure",
        "goal_1": "Gå på kino en gang i måneden",
        "goal_1_score": "-1",
        "goal_2": "Bli med i et kor",
        "goal_2_score": "-2",
        "life_satisfaction": "4",
        "slots": ["tue:evening", "sat:afternoon"],
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
