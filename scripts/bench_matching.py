"""Benchmark of matching on seed_scale data: ranking one participant, and the whole-cohort suggestions.

Usage (PostgreSQL, a database of its own):
    createdb -h 127.0.0.1 -U postgres matching_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/matching_bench DJANGO_SETTINGS_MODULE=portal.settings.dev
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py createcachetable
    .venv/bin/python manage.py seed_scale --units 1      # the worst case: all 10,000 Tidgivere in one unit
    .venv/bin/python scripts/bench_matching.py [--unit skala-01] [--runs 20]

Goals (issue 10): ranking among 10,000 Tidgivere <= 200 ms; cohort suggestions for 200 waiting x 10,000 <= 5 s.
It measures the domain functions the pages call (queries included), in the unit with the most Tidgivere.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")


def server_cpu_seconds():
    """CPU time of this connection's PostgreSQL backend so far (the server runs on this machine), or None."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Timing:
    """Wall-clock times per run, and the CPU both sides used on average: on a busy shared machine the wall clock
    mostly measures waiting for a core, while client + server CPU is what the work costs."""

    def __init__(self, function, runs):
        self.times = []
        client, server = time.process_time(), server_cpu_seconds()
        for _ in range(runs):
            started = time.perf_counter()
            self.result = function()
            self.times.append(time.perf_counter() - started)
        self.client_cpu = (time.process_time() - client) / runs
        after = server_cpu_seconds()
        self.server_cpu = None if server is None or after is None else (after - server) / runs

    def __str__(self):
        ordered = sorted(self.times)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        median = statistics.median(ordered)
        line = f"wall median {median * 1000:6.0f} ms, min {ordered[0] * 1000:6.0f}, p95 {p95 * 1000:6.0f}"
        cpu = f"CPU client {self.client_cpu * 1000:4.0f} ms"
        if self.server_cpu is not None:
            cpu += f" + server {self.server_cpu * 1000:4.0f} ms = {(self.client_cpu + self.server_cpu) * 1000:4.0f} ms"
        return f"{line}   {cpu}"


def count_queries(function):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        function()
    return len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--unit", help="unit slug (default: the unit with the most Tidgivere)")
    parser.add_argument("--runs", type=int, default=20, help="ranking runs (cohort: a quarter of it, at least 3)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.db.models import Count

    from portal.org.models import Unit
    from volunteers.matching.domain import cohort, ranking
    from volunteers.matching.domain.pool import load_pool
    from volunteers.matching.domain.scoring import needs_for

    settings.DEBUG = False  # no query log while timing
    units = Unit.objects.annotate(tidgivere=Count("volunteers")).order_by("-tidgivere")
    unit = units.get(slug=args.unit) if args.unit else units.first()
    waiting = list(cohort.waiting_participants(unit))
    if unit is None or unit.tidgivere == 0 or not waiting:
        sys.exit("No seed_scale data: run `manage.py seed_scale --units 1` first (see the docstring).")
    participant = waiting[0]

    print(f"Database: {connection.vendor} {connection.settings_dict['NAME']}; load average {os.getloadavg()[0]:.1f}")
    print(f"Unit {unit.slug}: {unit.tidgivere} Tidgivere, {len(waiting)} waiting participants without a proposal")

    eligible = ranking.eligible_for(participant)
    ranking.rank(participant)  # warm up
    timing = Timing(lambda: ranking.rank(participant), args.runs)
    result = timing.result
    print(f"\nRanking one participant ({result.pool_size} candidates pass the hard filters, {args.runs} runs)")
    print(f"  rank():      {timing}   queries {count_queries(lambda: ranking.rank(participant))}")
    needs = needs_for([participant])[participant.pk]
    print(f"  load_pool(): {Timing(lambda: load_pool(eligible, unit.pk, needs=needs), args.runs)}")
    best = result.candidates[0]
    print(f"  best candidate: score {best.score}: " + "; ".join(reason["label"] for reason in best.reasons))

    runs = max(3, args.runs // 4)
    timing = Timing(lambda: cohort.suggest(unit), runs)
    suggestions = timing.result
    print(
        f"\nCohort suggestions: {len(waiting)} waiting x {suggestions.pool_size} eligible Tidgivere "
        f"({suggestions.free_places} free places), {runs} runs"
    )
    print(f"  suggest():   {timing}   queries {count_queries(lambda: cohort.suggest(unit))}")
    total = sum(suggestion.score for suggestion in suggestions.suggestions)
    print(
        f"  {len(suggestions.suggestions)} suggestions, total score {total}, "
        f"{len(suggestions.without_suggestion)} without a suggestion"
    )


if __name__ == "__main__":
    main()
