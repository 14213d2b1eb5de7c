"""The shared lists start with the interests of the application form, common competencies and languages.

Written out here (not imported from enums) so the migration means the same thing forever.
"""

from django.db import migrations

INTERESTS = [
    ("culture", "Kultur", "Culture"),
    ("sport_outdoor", "Sport og friluftsliv", "Sport and outdoor life"),
    ("housing_home", "Bolig og hjem", "Housing and home"),
    ("personal_finance", "Privatøkonomi", "Personal finance"),
    ("work_school", "Arbeid og skole", "Work and school"),
    ("network_clubs", "Nettverk og foreninger", "Network and clubs"),
    ("theme_evenings", "Temakvelder", "Theme evenings"),
]
COMPETENCIES = [
    ("personal_finance", "Privatøkonomi", "Personal finance", "money"),
    ("job_experience", "Arbeidserfaring og jobbsøking", "Job experience and job seeking", "work_school"),
    ("school_courses", "Skole og kurs", "School and courses", "work_school"),
    ("housing", "Bolig og flytting", "Housing and moving", "housing"),
    ("public_offices", "Kontakt med offentlige kontorer (NAV o.l.)", "Public offices (NAV etc.)", "money"),
    ("clubs_network", "Lag, foreninger og nettverk", "Clubs, organisations and network", "network"),
    ("sport_activity", "Idrett og friluftsliv", "Sport and outdoor life", "leisure"),
    ("culture_music", "Kultur og musikk", "Culture and music", "leisure"),
    ("cooking", "Matlaging", "Cooking", "housing"),
]
LANGUAGES = [
    ("nb", "Norsk", "Norwegian"),
    ("en", "Engelsk", "English"),
    ("pl", "Polsk", "Polish"),
    ("ar", "Arabisk", "Arabic"),
    ("so", "Somali", "Somali"),
    ("ti", "Tigrinja", "Tigrinya"),
    ("uk", "Ukrainsk", "Ukrainian"),
    ("ru", "Russisk", "Russian"),
    ("lt", "Litauisk", "Lithuanian"),
    ("sv", "Svensk", "Swedish"),
    ("da", "Dansk", "Danish"),
    ("es", "Spansk", "Spanish"),
    ("fa", "Persisk", "Persian"),
    ("se", "Samisk", "Sami"),
    ("sgn", "Norsk tegnspråk", "Norwegian Sign Language"),
]


def seed(apps, schema_editor):
    Interest = apps.get_model("volunteers", "Interest")
    Competency = apps.get_model("volunteers", "Competency")
    Language = apps.get_model("volunteers", "Language")
    for order, (slug, name, name_en) in enumerate(INTERESTS, start=1):
        Interest.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order * 10})
    for order, (slug, name, name_en, life_area) in enumerate(COMPETENCIES, start=1):
        Competency.objects.get_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order * 10, "life_area": life_area}
        )
    for order, (slug, name, name_en) in enumerate(LANGUAGES, start=1):
        Language.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order * 10})


class Migration(migrations.Migration):
    dependencies = [("volunteers", "0005_vocabularies")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
