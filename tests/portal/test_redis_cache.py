"""The Redis cache backend keeps one redis-py client per pool instead of building one for every call."""

import os
import socket

import pytest

from portal.redis_cache import RedisCache


@pytest.fixture
def redis_cache():
    try:
        socket.create_connection(("127.0.0.1", 6379), 1).close()
    except OSError:
        if os.environ.get("CI"):
            raise
        pytest.skip("No Redis on 127.0.0.1:6379 on this machine.")
    cache = RedisCache("redis://127.0.0.1:6379/6", {"KEY_PREFIX": "test-redis-cache"})
    yield cache
    cache.delete_many(["page", "version"])


def test_redis_cache_one_client_serves_every_call(redis_cache):
    client = redis_cache._cache.get_client()

    assert redis_cache._cache.get_client(write=True) is client
    assert redis_cache._cache.get_client("another key") is client


def test_redis_cache_values_round_trip_through_the_kept_client(redis_cache):
    redis_cache.set("page", (3, b"<html>", {"Vary": "Cookie"}, False), 60)
    redis_cache.set("version", 3, 60)
    redis_cache.incr("version")

    assert redis_cache.get_many(["version", "page", "missing"]) == {
        "version": 4,
        "page": (3, b"<html>", {"Vary": "Cookie"}, False),
    }
