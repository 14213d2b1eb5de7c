import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings.env import env, env_bool, env_int, env_list


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("true", True), ("Yes", True), ("off", False), ("0", False)]
)
def test_env_bool_parses_clear_values(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG") is expected


def test_env_bool_rejects_unclear_value(monkeypatch):
    monkeypatch.setenv("FLAG", "sure")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be true or false"):
        env_bool("FLAG")


def test_env_missing_without_default_names_variable(monkeypatch):
    monkeypatch.delenv("NOT_THERE", raising=False)
    with pytest.raises(ImproperlyConfigured, match="NOT_THERE must be set"):
        env("NOT_THERE")


def test_env_int_and_list(monkeypatch):
    monkeypatch.setenv("N", "42")
    monkeypatch.setenv("HOSTS", "a.example.org, b.example.org,")
    assert env_int("N", 1) == 42
    assert env_list("HOSTS") == ["a.example.org", "b.example.org"]
