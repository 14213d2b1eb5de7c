"""Everything `make run` does before starting the servers, in one process (each manage.py start costs seconds)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Development: migrate, create the cache table and load the demo data into an empty database."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=options["verbosity"])
        call_command("createcachetable", verbosity=0)
        call_command("seed_demo", if_empty=True, stdout=self.stdout)
