"""The Wagtail back office speaks Norwegian: portal/overrides fills the gaps in the libraries' nb catalogues."""

import ast
import importlib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils.translation import trans_real

from tests.mfa import log_in_with_mfa

OVERRIDES = Path(settings.BASE_DIR) / "portal" / "overrides" / "locale" / "nb" / "LC_MESSAGES" / "django.po"
# The apps whose strings coordinators and admins meet in the back office (and in its e-mails and log-in pages).
LIBRARY_APPS = [
    "wagtail.admin",
    "wagtail",
    "wagtail.snippets",
    "wagtail.users",
    "wagtail.images",
    "wagtail.documents",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.embeds",
    "wagtail.search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "allauth",
    "django.contrib.auth",
    "django.conf",
    "taggit",
    "django_filters",
]
# django-filter ships no English catalogue; its German one lists every msgid.
SOURCE_LANGUAGE = {"django_filters": "de"}
FIELD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$')
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\w*\}|<[^>]+>")


def read_po(path):
    """The entries of a .po file as dicts of its fields (msgctxt, msgid, msgstr[0], ...); header left out."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry, field, flags = {}, None, ""
        for line in block.splitlines():
            if line.startswith("#,"):
                flags += line
            elif match := FIELD.match(line):
                field = match[1]
                entry[field] = ast.literal_eval(match[2])
            elif line.startswith('"') and field:
                entry[field] += ast.literal_eval(line)
        if entry.get("msgid"):
            entries.append({**entry, "fuzzy": "fuzzy" in flags})
    return entries


def msgstrs(entry):
    return [value for field, value in entry.items() if field.startswith("msgstr")]


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def source_catalogue(module):
    language = SOURCE_LANGUAGE.get(module, "en")
    return Path(importlib.import_module(module).__file__).parent / "locale" / language / "LC_MESSAGES" / "django.po"


def catalogue_keys(entry):
    msgid = f"{entry['msgctxt']}\x04{entry['msgid']}" if "msgctxt" in entry else entry["msgid"]
    return [(msgid, 0), (msgid, 1)] if "msgid_plural" in entry else [msgid]


def is_translated(catalogue, entry):
    return all(catalogue.get(key) for key in catalogue_keys(entry))


def project_catalogues():
    root = Path(settings.BASE_DIR)
    return [
        po
        for po in sorted(root.rglob("locale/nb/LC_MESSAGES/django.po"))
        if ".venv" not in po.parts and po != OVERRIDES
    ]


@pytest.fixture
def superuser_client(superuser):
    client = Client()
    log_in_with_mfa(client, superuser)
    return client


def assert_norwegian(response, norwegian, english):
    assert response.status_code == 200
    html = response.text
    assert [text for text in norwegian if text not in html] == []
    assert [text for text in english if text in html] == []


@pytest.mark.django_db
def test_admin_dashboard_coordinator_sees_norwegian_chrome(staff_client):
    assert_norwegian(
        staff_client.get("/admin/"),
        ["Hopp til hovedinnholdet", "Vis/skjul sidemenyen", "Søk i alle sider…", "Brukerveiledning for Wagtail"],
        ["Skip to main content", "Toggle sidebar", "Search all pages…", "editor guide"],
    )


@pytest.mark.django_db
def test_admin_people_list_coordinator_sees_norwegian_filters_and_sorting(staff_client, tidgiver):
    assert_norwegian(
        staff_client.get("/admin/people/"),
        ["Vis filtre", "Filtrer etter", "Sorter etter «Rolle» i stigende rekkefølge.", "Søk…"],
        ["Show filters", "Filter by", "in ascending order", "Search…"],
    )


@pytest.mark.django_db
def test_admin_account_coordinator_sees_norwegian_preferences(staff_client):
    assert_norwegian(
        staff_client.get("/admin/account/"),
        ["Bruk serverens tidssone", "Mer kontrast", "Lagre endringene før du går"],
        ["Name and Email", "Use server time zone", "More contrast", "Save your changes before leaving"],
    )


@pytest.mark.django_db
def test_admin_page_explorer_superuser_sees_norwegian_bulk_actions(superuser_client, home_page):
    assert_norwegian(
        superuser_client.get("/admin/pages/"),
        ["Publiser valgte sider", "Avpubliser valgte sider", "Har undersider", "Dato oppdatert", "Historikk"],
        ["Publish selected pages", "Unpublish selected pages", "Has child pages", "Date updated", "History"],
    )


@pytest.mark.django_db
def test_admin_page_edit_superuser_sees_norwegian_side_panels(superuser_client, home_page):
    assert_norwegian(
        superuser_client.get(f"/admin/pages/{home_page.pk}/edit/"),
        ["Planlegg publisering", "Lesetid", "Lesbarhet", "Synlig for alle", "Rediger"],
        ["Schedule to publish", "Reading time", "Readability", "Visible to all", "Redigér"],
    )


@pytest.mark.django_db
def test_admin_users_list_superuser_sees_norwegian_columns_and_reports(superuser_client):
    assert_norwegian(
        superuser_client.get("/admin/users/"),
        ["Sist innlogget", "Arbeidsflyter", "Nettstedshistorikk", "Gamle sider"],
        ["Last login", "Workflows", "Site history", "Aging pages"],
    )


def test_overrides_every_msgid_has_a_norwegian_msgstr():
    entries = read_po(OVERRIDES)
    assert len(entries) > 700
    assert [e["msgid"] for e in entries if e["fuzzy"] or not all(msgstrs(e))] == []


def test_overrides_keep_placeholders_and_html():
    broken = []
    for e in read_po(OVERRIDES):
        if "msgid_plural" in e:
            ok = placeholders(e["msgstr[1]"]) == placeholders(e["msgid_plural"]) and set(
                placeholders(e["msgstr[0]"])
            ) <= set(placeholders(e["msgid"]) + placeholders(e["msgid_plural"]))
        else:
            ok = placeholders(e["msgstr"]) == placeholders(e["msgid"])
        if not ok:
            broken.append(e["msgid"])
    assert broken == []


def test_overrides_have_unique_entries():
    keys = [(e.get("msgctxt"), e["msgid"]) for e in read_po(OVERRIDES)]
    assert len(keys) == len(set(keys))


def test_library_strings_all_have_norwegian_at_runtime():
    """Fails after a library upgrade that adds strings: translate the listed msgids in the overrides catalogue."""
    catalogue = trans_real.translation("nb")._catalog
    missing = {
        module: [e["msgid"] for e in read_po(source_catalogue(module)) if not is_translated(catalogue, e)]
        for module in LIBRARY_APPS
    }
    assert {module: ids for module, ids in missing.items() if ids} == {}


def test_overrides_agree_with_project_catalogues():
    """LOCALE_PATHS wins over app catalogues: an app's own wording of a shared msgid would silently be replaced.

    On a failure, use the same wording in both catalogues or give the app's string a context (pgettext).
    """
    overrides = {(e.get("msgctxt"), e["msgid"]): msgstrs(e) for e in read_po(OVERRIDES)}
    disagreements = [
        (str(po.relative_to(settings.BASE_DIR)), e["msgid"], msgstrs(e), overrides[key])
        for po in project_catalogues()
        for e in read_po(po)
        if (key := (e.get("msgctxt"), e["msgid"])) in overrides and all(msgstrs(e)) and msgstrs(e) != overrides[key]
    ]
    assert disagreements == []


def test_library_strings_none_reads_stiff_vennligst_at_runtime():
    """Issue 12: the libraries' "Vennligst …" reads stiff; the overrides catalogue words each one plainly."""
    catalogue = trans_real.translation("nb")._catalog
    stiff = [
        e["msgid"]
        for module in LIBRARY_APPS
        for e in read_po(source_catalogue(module))
        if any("ennligst" in str(catalogue.get(key, "")) for key in catalogue_keys(e))
    ]
    assert stiff == []
