"""django-q2 and the cache: ORM broker and database cache by default, Redis when REDIS_URL is set."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOW = (
    "import json; from django.conf import settings; "
    "print(json.dumps({'q': settings.Q_CLUSTER, 'cache': settings.CACHES['default']['BACKEND']}))"
)


def settings_with(**env):
    clean = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    clean["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "shell", "-c", SHOW],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_queue_default_uses_orm_broker_and_database_cache():
    current = settings_with()
    assert current["q"]["orm"] == "default"
    assert "redis" not in current["q"]
    assert current["q"]["max_attempts"] == 5
    assert current["q"]["retry"] > current["q"]["timeout"]
    assert current["cache"] == "django.core.cache.backends.db.DatabaseCache"


def test_queue_with_redis_url_uses_redis_broker_and_cache():
    current = settings_with(REDIS_URL="redis://127.0.0.1:6379/3")
    assert current["q"]["redis"] == "redis://127.0.0.1:6379/3"
    assert "orm" not in current["q"]
    assert current["cache"] == "portal.redis_cache.RedisCache"


def test_health_reports_redis_cache_when_configured(client, settings, db):
    import socket

    import pytest

    try:
        socket.create_connection(("127.0.0.1", 6379), 1).close()
    except OSError:
        if os.environ.get("CI"):
            raise
        pytest.skip("No Redis on 127.0.0.1:6379 on this machine.")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/5"}
    }
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == {"ok": True}
