"""seed_scale part: the units and their staff (one coordinator per unit, one for all of them)."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal.scale import EMAIL_DOMAIN, UNIT_SLUG_PREFIX

from .domain import set_membership
from .enums import Role
from .models import Unit

MUNICIPALITIES = [
    "Arendal",
    "Bergen",
    "Bodø",
    "Fredrikstad",
    "Gjøvik",
    "Hamar",
    "Haugesund",
    "Kristiansand",
    "Lillehammer",
    "Molde",
    "Moss",
    "Porsgrunn",
    "Sandefjord",
    "Sandnes",
    "Sarpsborg",
    "Skien",
    "Stavanger",
    "Tromsø",
    "Trondheim",
    "Tønsberg",
]
ALL_UNITS_COORDINATOR = "koordinator"


def unit_specs(count, slug_prefix):
    for number in range(1, count + 1):
        municipality = MUNICIPALITIES[(number - 1) % len(MUNICIPALITIES)]
        round_ = (number - 1) // len(MUNICIPALITIES)
        yield {
            "slug": f"{slug_prefix}{number:02d}",
            "name": f"{municipality} {round_ + 1}" if round_ else f"{municipality} (skala)",
            "municipality": municipality,
            "contact_email": f"{municipality.lower()}@example.org",
            # Every fourth unit has young Tidgivere from 13 with a guardian's consent.
            "youth_minimum_age": 13 if number % 4 == 0 else None,
        }


def make_staff(scale, email, first_name, units):
    user = get_user_model().objects.create(
        email=email, first_name=first_name, last_name="Koordinator", password=scale.password_hash
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    for unit in units:
        set_membership(user, unit, Role.COORDINATOR)
    return user


def seed_scale(scale):
    if scale.units():
        scale.log(f"{len(scale.units())} units already there")
        return
    scale.bulk(Unit, [Unit(**spec) for spec in unit_specs(scale.count("units"), UNIT_SLUG_PREFIX)])
    units = scale.units()
    for number, unit in enumerate(units, start=1):
        make_staff(scale, scale.email("koordinator", number), f"Koordinator {number}", [unit])
    make_staff(scale, f"{ALL_UNITS_COORDINATOR}@{EMAIL_DOMAIN}", "Alle enheter", units)
    scale.log(f"{len(units)} units, {len(units) + 1} coordinators")
