"""Benchmark (not a test): queue N outbox messages, then drain them with a real django-q2 cluster.

The Twilio SDK runs for real; only its HTTP transport is the recording fake from the tests, optionally
with a simulated round-trip time. Runs on its own PostgreSQL database so it collides with nobody:

    .venv/bin/python scripts/bench_outbox.py                       # 5,000 messages, 4 workers
    .venv/bin/python scripts/bench_outbox.py --messages 1000 --workers 2 --latency-ms 150

DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/bench_notifications (created if missing).
The database's outbox and queue tables are emptied first. Prints messages queued/s and sent/s.
"""

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/bench_notifications"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--batch", type=int, default=1, help="sends per caller transaction (1: each its own)")
    parser.add_argument("--bulk", type=int, default=1, help="django-q2 'bulk': tasks the broker hands out per poll")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="simulated Twilio round trip per request")
    parser.add_argument(
        "--redis", metavar="URL", default="", help="use the Redis broker, e.g. redis://127.0.0.1:6379/9 (own db number)"
    )
    parser.add_argument("--timeout", type=float, default=600.0, help="give up draining after this many seconds")
    return parser.parse_args()


def configure_environment(args):
    os.environ.setdefault("DATABASE_URL", DEFAULT_DB)
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    os.environ["DEBUG"] = "false"  # no query log growing in memory
    os.environ["Q_WORKERS"] = str(args.workers)
    os.environ["LOG_LEVEL"] = "WARNING"
    if args.redis:
        os.environ["REDIS_URL"] = args.redis  # django-q2's Redis broker (and cache) instead of the ORM broker
    os.environ.update(
        TWILIO_ACCOUNT_SID="AC" + "0" * 32,
        TWILIO_AUTH_TOKEN="bench-token",  # noqa: S106 (the fake transport never checks it)
        TWILIO_FROM="+4759440000",
        PUBLIC_BASE_URL="https://tidgiver.example.org",
    )
    sys.path.insert(0, str(ROOT))


def ensure_database(url):
    import psycopg

    parts = urlparse(url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def install_fake_twilio(latency_ms):
    """Before the cluster forks its workers, so every worker sends through the fake."""
    from notifications.transports import sms
    from tests.notifications.fake_twilio import FakeTwilioHttpClient

    class SlowFake(FakeTwilioHttpClient):
        def request(self, *args, **kwargs):
            if latency_ms:
                time.sleep(latency_ms / 1000)
            self.requests.clear()  # keep memory flat over thousands of requests
            return super().request(*args, **kwargs)

    sms.use_http_client(SlowFake())


def reset_tables():
    from django_q.brokers import get_broker
    from django_q.models import OrmQ, Task

    from notifications.models import OutboundMessage

    OutboundMessage.objects.all().delete()
    OrmQ.objects.all().delete()
    Task.objects.all().delete()
    get_broker().purge_queue()


def queue_messages(count, batch):
    from django.db import transaction

    from notifications.api import Contact, send
    from portal.org.models import Unit

    unit, _created = Unit.objects.get_or_create(slug="bench", defaults={"name": "Benchmark"})
    started = time.perf_counter()
    for first in range(0, count, batch):
        with transaction.atomic():  # like a caller's change: one transaction, the tasks queued on commit
            for number in range(first, min(first + batch, count)):
                contact = Contact(f"Person {number}", phone=f"+4741{number:06d}")
                send(contact, "notifications.sms_help", {}, channels=("sms",), urgent=True, unit=unit)
    return time.perf_counter() - started


def drain(count, timeout, bulk):
    from django_q.brokers import get_broker
    from django_q.cluster import Cluster
    from django_q.conf import Conf

    Conf.BULK = bulk

    from notifications.enums import Status
    from notifications.models import OutboundMessage

    cluster = Cluster(get_broker())
    started = time.perf_counter()
    cluster.start()
    try:
        while time.perf_counter() - started < timeout:
            done = OutboundMessage.objects.filter(status=Status.SENT).count()
            if done >= count:
                break
            time.sleep(0.25)
        elapsed = time.perf_counter() - started
    finally:
        cluster.stop()
    return done, elapsed


def main():
    args = parse_args()
    configure_environment(args)
    ensure_database(os.environ["DATABASE_URL"])

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    reset_tables()
    install_fake_twilio(args.latency_ms)

    queue_seconds = queue_messages(args.messages, args.batch)
    rate = args.messages / queue_seconds
    print(
        f"queued {args.messages} messages ({args.batch} per transaction) in {queue_seconds:.1f} s: {rate:.0f} queued/s"
    )

    from django.db import connections

    connections.close_all()  # the cluster's forked workers must open their own connections
    sent, drain_seconds = drain(args.messages, args.timeout, args.bulk)
    broker = "Redis" if args.redis else "ORM"
    print(
        f"sent {sent} of {args.messages} with the {broker} broker, {args.workers} workers, bulk {args.bulk}, "
        f"latency {args.latency_ms:g} ms, in {drain_seconds:.1f} s: {sent / drain_seconds:.0f} sent/s"
    )
    from notifications.models import OutboundMessage

    attempts = sum(OutboundMessage.objects.values_list("attempts", flat=True))
    print(f"Twilio requests (attempts) recorded: {attempts}; rows not sent: {args.messages - sent}")
    return 0 if sent == args.messages else 1


if __name__ == "__main__":
    sys.exit(main())
