"""Loads the Norwegian training modules (with quizzes) under the site's home page. Safe to run again."""

from django.core.management.base import BaseCommand, CommandError

from training.seed import NoSite, seed_training


class Command(BaseCommand):
    help = "Creates the training overview and the six seeded modules if they are missing."

    def handle(self, *args, **options):
        try:
            seeded = seed_training()
        except NoSite:
            raise CommandError("No default Wagtail site: create the home page first (seed_demo).") from None
        for module in seeded:
            action = "created" if module.created else "already there"
            self.stdout.write(f"  {module.title}: {module.question_count} questions ({action})")
        self.stdout.write(self.style.SUCCESS(f"Training: {sum(m.created for m in seeded)} module(s) created."))
