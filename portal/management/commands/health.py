import json

from django.core.management.base import BaseCommand, CommandError

from portal.health import run_checks


class Command(BaseCommand):
    help = "Reports database, cache and queue status; exits non-zero when something is wrong."

    def handle(self, *args, **options):
        report = run_checks()
        self.stdout.write(json.dumps(report, indent=2))
        failed = [name for name, result in report.items() if not result["ok"]]
        if failed:
            raise CommandError(f"Unhealthy: {', '.join(failed)}")
