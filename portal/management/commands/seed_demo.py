"""Demo data for a fresh installation: units, people, pages (and what other apps seed)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.demo import seed_pages
from portal.org.demo import DEMO_PASSWORD, demo_logins, seed_people
from portal.org.models import Unit

# Seed commands of other apps, run after units, people and pages exist.
APP_SEEDS = ["seed_training", "seed_volunteers", "seed_participants", "seed_matches"]


class Command(BaseCommand):
    help = "Loads demo data (units, coordinators, Tidgivere, pages). Only into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Do nothing if units already exist.")

    def handle(self, *args, if_empty=False, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "seed_demo refuses to run with production settings: it creates accounts with a known password. "
                "Use portal.settings.dev, or set DEMO_DATA_ALLOWED=true for a demo server."
            )
        if Unit.objects.exists():
            if if_empty:
                self.stdout.write("Demo data already present.")
                return
            raise CommandError("The database already has units; seed_demo only fills an empty database.")
        with transaction.atomic():
            units = seed_people()
            seed_pages(units)
            for command in APP_SEEDS:
                call_command(command, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        self.stdout.write(f"Demo log-ins (password: {DEMO_PASSWORD}):")
        for email in demo_logins():
            self.stdout.write(f"  {email}")
