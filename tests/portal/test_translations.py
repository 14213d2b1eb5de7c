"""Every string in our templates and code has a Norwegian translation, and the compiled catalogues are current."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IGNORED = shutil.ignore_patterns(".*", "__pycache__", "staticfiles", "media", "test-artifacts", "*.sqlite3")
QUOTED = r'"(?:[^"\\]|\\.)*"'
ENTRY = re.compile(
    r"((?:#[^\n]*\n)*)"
    rf'msgid "((?:[^"\\]|\\.)*)"\n'
    rf"(?:msgid_plural {QUOTED}\n)?"
    rf"((?:msgstr(?:\[\d\])? {QUOTED}\n)+)"
)


def untranslated(po_text):
    missing = []
    for comments, msgid, msgstrs in ENTRY.findall(po_text):
        if not msgid:
            continue
        values = re.findall(r'msgstr(?:\[\d\])? "((?:[^"\\]|\\.)*)"', msgstrs)
        if "fuzzy" in comments or any(value == "" for value in values):
            missing.append(msgid)
    return missing


def catalogues(root):
    return sorted(p for p in root.rglob("locale/nb/LC_MESSAGES/django.po") if ".venv" not in p.parts)


def test_translations_every_string_has_norwegian(tmp_path):
    copy = tmp_path / "src"
    shutil.copytree(ROOT, copy, ignore=IGNORED)
    shutil.rmtree(copy / "tests")
    shutil.rmtree(copy / "scripts", ignore_errors=True)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "nb", "--no-wrap", "--no-obsolete", "--ignore=venv"],
        cwd=copy,
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    missing = {str(po.relative_to(copy)): untranslated(po.read_text(encoding="utf-8")) for po in catalogues(copy)}
    assert {path: ids for path, ids in missing.items() if ids} == {}


def test_translations_compiled_catalogues_are_current(tmp_path):
    compiled = sorted(p for p in ROOT.rglob("locale/nb/LC_MESSAGES/*.po") if ".venv" not in p.parts)
    assert len(compiled) > len(catalogues(ROOT))  # the admin's JavaScript catalogue is checked too
    for po in compiled:
        mo = po.with_suffix(".mo")
        assert mo.exists(), f"{mo} is missing: run `make messages`"
        fresh = tmp_path / "fresh.mo"
        subprocess.run(["msgfmt", "-o", str(fresh), str(po)], check=True)  # noqa: S603, S607
        assert fresh.read_bytes() == mo.read_bytes(), f"{mo} is out of date: run `make messages`"


def test_untranslated_finds_empty_and_fuzzy_entries():
    po = 'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr ""\n\n#, fuzzy\nmsgid "d"\nmsgstr "e"\n'
    assert untranslated(po) == ["c", "d"]
