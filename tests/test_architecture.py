"""The house plan (../shared/ARCHITECTURE.md) as a test: who may import whom."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The rooms inside volunteers/ come before "volunteers", so a module is counted in the most specific room.
VOLUNTEER_ROOMS = ("volunteers.participants", "volunteers.matching", "volunteers.hours")
APPS = (
    "portal.minside",
    "portal.privacy",
    "portal.org",
    "portal.accounts",
    "portal",
    *VOLUNTEER_ROOMS,
    "volunteers",
    "training",
    "cms",
    "notifications",
)
DOMAIN_MUST_NOT_USE = ("django.http", "django.shortcuts", "django.forms", "django.views", "django.template.response")

# (importing app, imported app) pairs the plan forbids.
FORBIDDEN = {
    ("notifications", "volunteers"),
    ("notifications", "training"),
    ("notifications", "cms"),
    ("notifications", "portal.minside"),
    # Apps register their part of "download my data" into portal.privacy; notifications' part is registered by
    # portal.privacy through notifications.api (notifications uses no other app).
    ("notifications", "portal.privacy"),
    ("portal.org", "portal.privacy"),
    ("portal.accounts", "portal.privacy"),
    ("training", "volunteers"),
    ("training", "cms"),
    ("cms", "training"),
    ("volunteers", "cms"),
    ("portal.org", "volunteers"),
    ("portal.org", "training"),
    ("portal.org", "notifications"),
    # Participants know nothing of matching or hours; matching knows nothing of hours (hours → matching only).
    ("volunteers.participants", "volunteers.matching"),
    ("volunteers.participants", "volunteers.hours"),
    ("volunteers.matching", "volunteers.hours"),
    # The base app and the apps below it never reach up into the rooms built on them.
    *{
        (app, room)
        for app in ("volunteers", "notifications", "training", "cms", "portal.org")
        for room in VOLUNTEER_ROOMS
    },
}


def app_of(module):
    return next((app for app in APPS if module == app or module.startswith(app + ".")), None)


def module_name(path, root):
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path, root):
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                yield ".".join(base + ([node.module] if node.module else []))
            else:
                yield node.module


def source_files():
    for app in ("portal", "volunteers", "training", "cms", "notifications"):
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def violations(path, root=ROOT):
    importer = module_name(path, root)
    source_app = app_of(importer)
    is_domain = ".domain." in importer + "."
    for imported in imported_modules(path, root):
        target_app = app_of(imported)
        if target_app == "portal.minside" and source_app != "portal.minside":
            yield f"{importer} -> {imported}: nothing imports Min side"
        elif (source_app, target_app) in FORBIDDEN:
            yield f"{importer} -> {imported}: {source_app} may not use {target_app}"
        elif is_domain and (
            imported.startswith(DOMAIN_MUST_NOT_USE) or imported.rpartition(".")[2] in ("views", "forms")
        ):
            yield f"{importer} -> {imported}: domain code never uses views, forms or requests"


def test_architecture_imports_follow_the_house_plan():
    found = [problem for path in source_files() for problem in violations(path)]
    assert found == []


@pytest.mark.parametrize(
    ("relative_path", "code", "expected"),
    [
        ("notifications/domain/x.py", "from volunteers.models import Application", "notifications may not use"),
        ("training/x.py", "import volunteers.domain", "training may not use volunteers"),
        ("volunteers/domain/x.py", "from django.http import HttpResponse", "domain code never uses"),
        ("volunteers/domain/x.py", "from ..forms import ApplicationForm", "domain code never uses"),
        ("cms/x.py", "from portal.minside import sections", "nothing imports Min side"),
        ("volunteers/participants/x.py", "from volunteers.matching.models import Match", "may not use"),
        ("volunteers/participants/x.py", "from ..matching import models", "may not use"),
        ("volunteers/participants/x.py", "import volunteers.hours.models", "may not use"),
        ("volunteers/matching/domain/x.py", "from volunteers.hours.models import Entry", "may not use"),
        ("volunteers/views.py", "from .matching.models import Match", "may not use"),
        ("notifications/x.py", "from volunteers.participants.models import Participant", "may not use"),
        ("volunteers/x.py", "from volunteers.hours.models import HourEntry", "may not use"),
        ("volunteers/hours/domain/x.py", "from ..views import queue", "domain code never uses"),
    ],
)
def test_architecture_check_catches_a_forbidden_import(tmp_path, relative_path, code, expected):
    path = tmp_path / relative_path
    path.parent.mkdir(parents=True)
    path.write_text(code + "\n", encoding="utf-8")

    assert [expected in problem for problem in violations(path, root=tmp_path)] == [True]


@pytest.mark.parametrize(
    ("relative_path", "code"),
    [
        ("volunteers/matching/domain/x.py", "from volunteers.participants.models import Participant"),
        ("volunteers/matching/x.py", "from volunteers.models import Volunteer"),
        ("volunteers/hours/x.py", "from volunteers.matching.models import Match"),
        ("volunteers/participants/x.py", "from volunteers.enums import LifeArea"),
    ],
)
def test_architecture_check_allows_the_arrows_of_the_plan(tmp_path, relative_path, code):
    path = tmp_path / relative_path
    path.parent.mkdir(parents=True)
    path.write_text(code + "\n", encoding="utf-8")

    assert list(violations(path, root=tmp_path)) == []
