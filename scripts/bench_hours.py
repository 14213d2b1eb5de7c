"""Benchmark (not a test): hours on PostgreSQL with seed_scale data (1,000,000 hour entries by default).

    .venv/bin/python scripts/bench_hours.py                 # seeds bench_hours once, then measures
    .venv/bin/python scripts/bench_hours.py --hours 200000  # a smaller installation (a fresh database name helps)

DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/bench_hours (created if missing). Prints the median
of several runs: the funder report for one unit and one year and for all units, the approval queue's first page,
Min side's hours section, and an SMS `TIMER` from the stored inbound message to the stored entry and queued reply.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/bench_hours"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hours", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--measure-only", action="store_true", help="Skip migrate and seed_scale (a database seeded before)."
    )
    parser.add_argument("--profile", action="store_true", help="Print a cProfile of one SMS TIMER (cumulative).")
    return parser.parse_args()


def setup():
    os.environ.setdefault("DATABASE_URL", DEFAULT_DB)
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    os.environ["DEBUG"] = "false"
    os.environ["LOG_LEVEL"] = "WARNING"
    sys.path.insert(0, str(ROOT))
    import psycopg

    parts = urlparse(os.environ["DATABASE_URL"])
    name = parts.path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
    import django

    django.setup()


def timed(function, runs):
    """Median wall time in ms; the median CPU time of this process goes to ``timed.cpu`` (the rest is waiting for
    PostgreSQL, or for the CPU on a shared machine)."""
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        function()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    timed.cpu = statistics.median(cpu)
    return statistics.median(times)


def queries(function):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured.captured_queries)


def report(label, milliseconds, query_count=None):
    extra = f", {query_count} queries" if query_count is not None else ""
    print(f"{label:<60} {milliseconds:8.1f} ms (CPU {timed.cpu:.1f} ms){extra}")


def main():
    args = parse_args()
    setup()
    from django.core.management import call_command

    if not args.measure_only:
        call_command("migrate", verbosity=0)
        call_command("createcachetable", verbosity=0)
        started = time.perf_counter()
        call_command("seed_scale", hours=args.hours)
        print(f"seed_scale: {time.perf_counter() - started:.0f} s")
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"load average: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
    measure(args)


def measure(args):
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    from portal.org.models import Unit
    from volunteers.hours.domain import funder
    from volunteers.hours.domain.queue import queue_for
    from volunteers.hours.domain.reports import Period
    from volunteers.hours.domain.totals import summary_for
    from volunteers.hours.models import HourEntry

    units = list(Unit.objects.filter(slug__startswith="skala-"))
    print(f"{HourEntry.objects.count()} hour entries in {len(units)} scale units")
    year = Period.year(datetime.date.today().year - 1)
    report(
        "funder report, one unit, one year",
        timed(lambda: funder.figures(units[:1], year), args.runs),
        queries(lambda: funder.figures(units[:1], year)),
    )
    report(
        "funder report, all units, one year",
        timed(lambda: funder.figures(units, year), args.runs),
        queries(lambda: funder.figures(units, year)),
    )
    coordinator = get_user_model().objects.get(email="koordinator-00001@skala.example.org")
    page = lambda: list(queue_for(coordinator).order_by("-date", "-pk")[:50])  # noqa: E731
    report("approval queue, first page of 50 (one unit)", timed(page, args.runs), queries(page))
    everyone = get_user_model().objects.get(email="koordinator@skala.example.org")
    waiting = lambda: list(queue_for(everyone).filter(state="submitted").order_by("-date", "-pk")[:50])  # noqa: E731
    report("approval queue, waiting entries, all units", timed(waiting, args.runs), queries(waiting))
    busiest = HourEntry.objects.values("volunteer__user").order_by().annotate(n=Count("pk")).order_by("-n").first()
    user = get_user_model().objects.get(pk=busiest["volunteer__user"])
    section = lambda: summary_for(user)  # noqa: E731
    report(
        f"Min side hours section (Tidgiver with {busiest['n']} entries)", timed(section, args.runs), queries(section)
    )
    milliseconds, query_count = sms_timer(args.runs, args.profile)
    report("SMS TIMER: stored inbound → entry + queued reply (median)", milliseconds, query_count)


def sms_timer(runs, profile=False):
    """The webhook's work after the signature check: store the inbound message, then process it (the task)."""
    from django.db import transaction

    from notifications.domain import inbound
    from tests import factories
    from volunteers.hours.models import HourEntry
    from volunteers.matching.models import Match
    from volunteers.models import Volunteer

    volunteer = Volunteer.objects.filter(unit__slug__startswith="skala-").select_related("user", "unit").first()
    user = volunteer.user
    user.phone, user.phone_verified = "+4741999999", True
    user.save()
    if not Match.objects.filter(volunteer=volunteer, state="active").exists():
        participant = factories.make_participant(volunteer.unit, display_name="Benk")
        Match.objects.create(unit=volunteer.unit, participant=participant, volunteer=volunteer)

    def one(number):
        with transaction.atomic():
            message = inbound.store(f"SMBENCH{time.time_ns()}{number}", user.phone, "TIMER 1,5 i går")
        inbound.process(message.pk)

    times, cpu = [], []
    for number in range(runs * 3):
        started, started_cpu = time.perf_counter(), time.process_time()
        one(number)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    query_count = queries(lambda: one("q"))
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(one, "p")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    HourEntry.objects.filter(message_sid__startswith="SMBENCH").delete()
    timed.cpu = statistics.median(cpu)
    return statistics.median(times), query_count


if __name__ == "__main__":
    main()
