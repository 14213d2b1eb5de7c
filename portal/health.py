"""Health of the parts the portal needs: database, cache and the task queue."""

import uuid

from django.core.cache import cache
from django.db import connection
from django.utils import timezone


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True, "vendor": connection.vendor}


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    ok = cache.get(key) == "1"
    cache.delete(key)
    return {"ok": ok}


def check_queue():
    """The broker's backlog, and whether a cluster has reported in: without one, no SMS or e-mail goes out."""
    from django.conf import settings
    from django_q.brokers import get_broker
    from django_q.status import Stat

    broker = get_broker()
    clusters = Stat.get_all(broker=broker)
    runs_in_process = settings.Q_CLUSTER.get("sync", False)
    return {
        "ok": bool(clusters) or runs_in_process,
        "broker": type(broker).__name__,
        "queued": broker.queue_size(),
        "clusters": len(clusters),
        "checked_at": timezone.now().isoformat(),
    }


CHECKS = {"database": check_database, "cache": check_cache, "queue": check_queue}
WEB_CHECKS = ("database", "cache")  # what /healthz's status code answers for (see portal.views.healthz)


def run_checks():
    report = {}
    for name, check in CHECKS.items():
        try:
            report[name] = check()
        except Exception as error:  # a health check reports any failure instead of raising
            report[name] = {"ok": False, "error": type(error).__name__}
    return report
