"""The English locale, so that pages and training modules can be translated (WAGTAIL_I18N_ENABLED).

One row, created if missing; no table is locked. Going back leaves it (pages may already use it)."""

from django.db import migrations


def add_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0004_unit_page_per_language"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_english, migrations.RunPython.noop, elidable=True)]
