from django.core.management.base import BaseCommand

from volunteers.participants import demo


class Command(BaseCommand):
    help = "Demo participants (pseudonyms) with goals, life areas and wishes in the demo units. Safe to run again."

    def handle(self, *args, **options):
        created = demo.seed()
        self.stdout.write(f"Participants: {len(created)} created.")
