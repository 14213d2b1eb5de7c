from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("volunteers", "0005_pending_update"),
        ("volunteers", "0006_seed_vocabularies"),
    ]

    operations = []
