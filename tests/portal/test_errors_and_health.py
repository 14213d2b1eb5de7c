import io
import json

import pytest
from django.test import Client
from django.urls import path

from portal import health

pytestmark = pytest.mark.django_db


def test_unknown_url_gives_norwegian_404(client, home_page):
    response = client.get("/finnes-ikke/")
    assert response.status_code == 404
    assert "Fant ikke siden" in response.text
    assert '<html lang="nb">' in response.text


def broken_view(request):
    raise RuntimeError("secret detail that must not leak")


urlpatterns = [path("boom/", broken_view)]


def test_server_error_gives_generic_500_without_trace(settings):
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert "Noe gikk galt" in response.text
    assert "secret detail" not in response.text
    assert "Traceback" not in response.text


def test_healthz_reports_database_cache_and_queue(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    report = json.loads(response.content)
    assert report["database"]["ok"] is True
    assert report["cache"] == {"ok": True}
    assert report["queue"]["ok"] is True
    assert report["queue"]["broker"] == "ORM"


def test_healthz_without_a_running_cluster_reports_it_but_stays_200(client, settings):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}

    response = client.get("/healthz")

    assert response.status_code == 200  # a restarting worker must not take the web hosts out of rotation
    assert (json.loads(response.content)["queue"]["ok"], json.loads(response.content)["queue"]["clusters"]) == (
        False,
        0,
    )


def test_health_command_fails_without_a_running_cluster(settings, db):
    from django.core.management import CommandError, call_command

    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}

    with pytest.raises(CommandError, match="Unhealthy: queue"):
        call_command("health", stdout=io.StringIO())


def test_healthz_is_503_when_the_database_fails(client, monkeypatch):
    def broken():
        raise OSError("database down")

    monkeypatch.setitem(health.CHECKS, "database", broken)

    response = client.get("/healthz")

    assert (response.status_code, json.loads(response.content)["database"]) == (503, {"ok": False, "error": "OSError"})


def test_healthz_with_a_cluster_reporting_in_is_200(client, settings, monkeypatch):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    monkeypatch.setattr("django_q.status.Stat.get_all", lambda broker=None: ["cluster"])

    response = client.get("/healthz")

    assert (response.status_code, json.loads(response.content)["queue"]["clusters"]) == (200, 1)


def test_health_command_prints_report(db):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("health", stdout=out)
    assert json.loads(out.getvalue())["database"]["ok"] is True


def test_too_many_attempts_page_is_norwegian(client, db):
    for n in range(31):
        response = client.post("/accounts/login/", {"login": f"p{n}@example.org", "password": "wrong-password"})
    assert response.status_code == 429
    assert "For mange forsøk" in response.text
