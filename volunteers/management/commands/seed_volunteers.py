from django.core.management.base import BaseCommand

from volunteers import demo


class Command(BaseCommand):
    help = "Demo data for recruitment: the taushetserklæring, Tidgiver profiles and applications in various states."

    def handle(self, *args, **options):
        result = demo.seed()
        self.stdout.write(
            f"Volunteers: {len(result['profiles'])} Tidgiver profiles, {len(result['applications'])} applications."
        )
