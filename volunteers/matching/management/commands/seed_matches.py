from django.core.management.base import BaseCommand

from volunteers.matching import demo


class Command(BaseCommand):
    help = "Demo matching: Tidgiver matching profiles, an active match and an open proposal in each demo unit."

    def handle(self, *args, **options):
        result = demo.seed()
        self.stdout.write(f"Matching: {len(result['profiles'])} profiles, {len(result['pairs'])} proposals or matches.")
