"""Back-fill a matching profile for every existing Tidgiver from what their application and profile hold.

Interests (JSON list of codes) become vocabulary rows; the application's days and times of day become
weekly slots; languages and competencies (free text) are mapped on a best-effort basis by words. A profile
that exists already is left alone. Written out here (not imported) so the migration means the same forever.
"""

import re

from django.db import migrations

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WORKDAYS = WEEKDAYS[:5]
PARTS = ("morning", "afternoon", "evening")
COMPETENCY_WORDS = {
    "personal_finance": ("økonomi", "privatøkonomi", "budsjett", "regnskap", "regninger", "gjeld", "finance"),
    "job_experience": ("jobb", "arbeid", "arbeidserfaring", "jobbsøking", "cv", "leder", "job"),
    "school_courses": ("skole", "lærer", "kurs", "lekser", "studier", "school", "teacher"),
    "housing": ("bolig", "flytting", "oppussing", "snekker", "housing"),
    "public_offices": ("nav", "offentlige", "kommunen", "skjema", "søknader"),
    "clubs_network": ("forening", "foreninger", "kor", "frivillig", "menighet", "nettverk", "klubb"),
    "sport_activity": ("fotball", "trening", "tur", "turer", "ski", "svømming", "idrett", "friluftsliv", "sport"),
    "culture_music": ("musikk", "kultur", "kunst", "teater", "gitar", "piano", "kino", "music"),
    "cooking": ("matlaging", "mat", "lage", "baking", "cooking"),
}


def words(text):
    return {word for word in re.split(r"[\s,;/.()+&]+|\bog\b|\band\b", (text or "").lower()) if word}


def slots(days, times):
    days = {day for day in days or [] if day in WEEKDAYS}
    times = set(times or [])
    parts = set()
    if "daytime" in times:
        parts |= {"morning", "afternoon"}
    if "evening" in times:
        parts.add("evening")
    if not days and parts:
        days = set(WORKDAYS)
    if "weekend" in times:
        days |= {"sat", "sun"}
    return sorted((day, part) for day in days for part in (parts or set(PARTS)))


def backfill(apps, schema_editor):
    Volunteer = apps.get_model("volunteers", "Volunteer")
    Interest = apps.get_model("volunteers", "Interest")
    Competency = apps.get_model("volunteers", "Competency")
    Language = apps.get_model("volunteers", "Language")
    MatchingProfile = apps.get_model("matching", "MatchingProfile")
    AvailabilitySlot = apps.get_model("matching", "AvailabilitySlot")
    interests = {entry.slug: entry for entry in Interest.objects.all()}
    competencies = list(Competency.objects.all())
    languages = list(Language.objects.all())
    have_profile = set(MatchingProfile.objects.values_list("volunteer_id", flat=True))
    for volunteer in Volunteer.objects.exclude(pk__in=have_profile).select_related("application").iterator():
        application = volunteer.application
        profile = MatchingProfile.objects.create(
            unit_id=volunteer.unit_id,
            volunteer=volunteer,
            postal_code=application.postal_code if application else "",
            municipality=application.postal_place if application else "",
            lived_experience=application.lived_experience if application else None,
        )
        codes = list(volunteer.interests or []) or list(application.interests if application else [])
        profile.interests.set([interests[code] for code in codes if code in interests])
        language_words = words(volunteer.languages or (application.languages if application else ""))
        profile.languages.set(
            [entry for entry in languages if {entry.name.lower(), entry.name_en.lower(), entry.slug} & language_words]
        )
        skill_words = words(volunteer.competencies or (application.competencies if application else ""))
        slugs = {slug for slug, hints in COMPETENCY_WORDS.items() if skill_words & set(hints)}
        profile.competencies.set([entry for entry in competencies if entry.slug in slugs])
        if application is not None:
            AvailabilitySlot.objects.bulk_create(
                AvailabilitySlot(unit_id=volunteer.unit_id, volunteer=volunteer, weekday=day, day_part=part)
                for day, part in slots(application.available_days, application.available_times)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0002_deadline_schedule"),
        ("volunteers", "0006_seed_vocabularies"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
