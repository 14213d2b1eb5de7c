import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("org", "0002_unit_age_limits"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ErasureRequest",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("display_name", models.CharField(blank=True, max_length=200, verbose_name="name")),
                (
                    "requested_at",
                    models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name="requested"),
                ),
                (
                    "state",
                    models.CharField(
                        choices=[("requested", "Requested"), ("done", "Anonymised"), ("cancelled", "Cancelled")],
                        db_index=True,
                        default="requested",
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                ("done_at", models.DateTimeField(blank=True, null=True, verbose_name="done")),
                (
                    "confirmed_by",
                    models.ForeignKey(
                        blank=True,
                        help_text="Empty when it ran by itself after the waiting time.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="confirmed by",
                    ),
                ),
                (
                    "unit",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="erasure_requests",
                        to="org.unit",
                        verbose_name="unit",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="erasure_requests",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="person",
                    ),
                ),
            ],
            options={
                "verbose_name": "deletion request",
                "verbose_name_plural": "deletion requests",
                "ordering": ["-requested_at", "-pk"],
            },
        ),
    ]
