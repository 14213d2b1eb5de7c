"""A large installation for benchmarks: `seed_demo` (if the database is empty), then every app's scale part."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils.module_loading import import_string

from portal.scale import DEFAULT_COUNTS, SCALE_PARTS, Scale


def analyze():
    """Planner statistics for the bulk-loaded tables. Without them (autovacuum off, or before it comes round)
    PostgreSQL guesses 4 rows per unit and sorts all 10,000 applications for a page of 50."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class Command(BaseCommand):
    help = (
        "Fills the database with a realistic installation for benchmarks (bulk inserts): units, Tidgivere, "
        "applications, participants, matches and what other apps add. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        for name, default in DEFAULT_COUNTS.items():
            parser.add_argument(f"--{name}", type=int, default=default, help=f"How many {name} (default {default}).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed: the same seed gives the same data.")

    def handle(self, *args, seed, **options):
        call_command("seed_demo", if_empty=True, stdout=self.stdout)
        scale = Scale(counts={name: options[name] for name in DEFAULT_COUNTS}, seed=seed, stdout=self.stdout)
        started = time.perf_counter()
        with transaction.atomic():
            for part in SCALE_PARTS:
                part_started = time.perf_counter()
                self.stdout.write(f"{part}:")
                import_string(f"{part}.seed_scale")(scale)
                self.stdout.write(f"  ({time.perf_counter() - part_started:.1f} s)")
        analyze()
        self.stdout.write(self.style.SUCCESS(f"Scale data ready in {time.perf_counter() - started:.1f} s."))
