"""Benchmark (not a test): the back-office list pages in one process, as the scale coordinator.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tidgiver_bench .venv/bin/python scripts/bench_lists.py
    .venv/bin/python scripts/bench_lists.py --profile /admin/tidgivere/   # cProfile (CPU time) of one page

Needs a database filled by `manage.py seed_scale` (read only: the coordinator's session lives in the cache, not
in the database). Prints, per page, the median of several requests: wall and CPU time, SQL time, query count
and HTML size. The machine's load shows in wall time; CPU time and query counts are what to compare.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COORDINATOR = os.environ.get("BENCH_COORDINATOR", "koordinator@skala.example.org")
PAGES = [
    ("Søknader", "/admin/applications/"),
    ("Tidgivere", "/admin/tidgivere/"),
    ("Deltakere", "/admin/participants/"),
    ("Finn Tidgiver", "{ranking}"),
    ("Hour approval queue", "/admin/hour_entries/"),  # 1,000,000 hours: the hours helper owns its query
    ("People", "/admin/people/"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--profile", metavar="PATH", help="print a pyinstrument profile of this page instead")
    return parser.parse_args()


def setup():
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tidgiver_bench")
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    os.environ["DEBUG"] = "false"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.setdefault("SESSION_ENGINE", "django.contrib.sessions.backends.cache")
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    # A read-only run: the session stays in this process's memory.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    settings.CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


def coordinator_client():
    from django.test import Client

    from portal.accounts.models import User
    from tests.mfa import log_in_with_mfa

    user = User.objects.get(email=COORDINATOR)
    client = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="127.0.0.1")
    log_in_with_mfa(client, user)
    return client, user


def ranking_path(user):
    from django.urls import NoReverseMatch, reverse

    from volunteers.participants.models import Participant

    participant = Participant.objects.filter(unit__memberships__user=user).order_by("pk").first()
    try:
        return reverse("matching_find_tidgiver", args=[participant.pk]) if participant else None
    except NoReverseMatch:
        return None


class SQLTimer:
    def __init__(self):
        self.count, self.seconds = 0, 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def measure(client, path):
    from django.db import connection

    timer = SQLTimer()
    wall, cpu = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(timer):
        response = client.get(path)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return response, wall * 1000, cpu * 1000, timer.seconds * 1000, timer.count


def profile(client, path, runs=5):
    """cProfile on CPU time (the machine's load does not show): the functions with most cumulative time."""
    import cProfile
    import pstats

    client.get(path)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for _ in range(runs):
        client.get(path)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.total_tt /= runs
    stats.sort_stats(os.environ.get("PROFILE_SORT", "cumulative")).print_stats(int(os.environ.get("PROFILE_LINES", 80)))


def main():
    args = parse_args()
    setup()
    from django.db import transaction

    # Everything (the TOTP authenticator the log-in needs, the access log) is rolled back at the end.
    with transaction.atomic():
        run(args)
        transaction.set_rollback(True)


def run(args):
    client, user = coordinator_client()
    if args.profile:
        return profile(client, args.profile)
    ranking = ranking_path(user)
    print(f"{'page':22} {'status':>6} {'wall ms':>8} {'CPU ms':>7} {'SQL ms':>7} {'queries':>7} {'kB':>6}")
    for label, path in PAGES:
        path = path.format(ranking=ranking) if ranking or "{" not in path else None
        if path is None:
            print(f"{label:22} (no participant)")
            continue
        response = measure(client, path)[0]  # warms caches and the URL resolver
        rows = [measure(client, path)[1:] for _ in range(args.runs)]
        wall, cpu, sql, count = (statistics.median(column) for column in zip(*rows, strict=True))
        size = len(response.content) / 1024
        status = response.status_code
        print(f"{label:22} {status:>6} {wall:8.1f} {cpu:7.1f} {sql:7.1f} {count:7.0f} {size:6.1f}")


if __name__ == "__main__":
    main()
