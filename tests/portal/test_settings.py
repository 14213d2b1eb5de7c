"""Production settings: refuse to start without secrets, and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "SECRET_KEY": "a" * 20 + "-production-test-key-with-enough-entropy-0123456789",
    "ALLOWED_HOSTS": "tidgiver.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "PUBLIC_BASE_URL": "https://tidgiver.example.org",
    "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
    "TWILIO_AUTH_TOKEN": "production-test-token",
    "TWILIO_FROM": "+4759440000",
}


def run_manage(*args, env):
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    base["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True
    )


def test_production_settings_without_secret_key_stop_and_name_it():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "The environment variable SECRET_KEY must be set." in result.stderr


def test_production_settings_without_allowed_hosts_stop_and_name_it():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "ALLOWED_HOSTS"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "The environment variable ALLOWED_HOSTS must be set." in result.stderr


def test_production_settings_without_public_base_url_stop_and_name_it():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "PUBLIC_BASE_URL"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "The environment variable PUBLIC_BASE_URL must be set." in result.stderr


def test_production_settings_refuse_plain_http_public_base_url():
    result = run_manage("check", env={**PRODUCTION_ENV, "PUBLIC_BASE_URL": "http://tidgiver.example.org"})
    assert result.returncode != 0
    assert "PUBLIC_BASE_URL must be the public https:// address." in result.stderr


def test_production_settings_trust_one_proxy_for_client_addresses():
    code = (
        "from django.conf import settings; "
        "print(settings.ALLAUTH_TRUSTED_PROXY_COUNT, settings.PUBLIC_BASE_URL, settings.SECURE_REDIRECT_EXEMPT)"
    )
    behind = run_manage("shell", "-c", code, env=PRODUCTION_ENV).stdout.splitlines()[-1]
    direct = run_manage("shell", "-c", code, env={**PRODUCTION_ENV, "BEHIND_TLS_PROXY": "false"}).stdout.splitlines()[
        -1
    ]
    assert behind == "1 https://tidgiver.example.org ['^healthz/?$']"
    assert direct.split()[0] == "0"


def test_production_settings_reject_unclear_boolean():
    result = run_manage("check", env={**PRODUCTION_ENV, "SECURE_SSL_REDIRECT": "maybe"})
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT must be true or false, not 'maybe'" in result.stderr


def test_production_settings_pass_deploy_check():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_use_argon2_first():
    code = "from django.conf import settings; print(settings.PASSWORD_HASHERS[0], settings.SECURE_HSTS_SECONDS)"
    result = run_manage("shell", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.splitlines()[-1].split() == ["django.contrib.auth.hashers.Argon2PasswordHasher", "31536000"]


def test_production_settings_seed_demo_refuses_with_a_clear_error():
    result = run_manage("seed_demo", env=PRODUCTION_ENV)

    assert result.returncode != 0
    assert "seed_demo refuses to run with production settings" in result.stderr
