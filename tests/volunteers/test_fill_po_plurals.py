"""scripts/fill_po.py: plural entries get a singular and a plural form from a [singular, plural] value."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fill_po.py"
HEADER = 'msgid ""\nmsgstr ""\n"Language: nb\\n"\n'
PLURAL = (
    '#, python-format\nmsgid "%(count)d application moved."\nmsgid_plural "%(count)d applications moved."\n'
    'msgstr[0] "{zero}"\nmsgstr[1] "{one}"\n'
)


@pytest.fixture(scope="module")
def fill_po():
    spec = importlib.util.spec_from_file_location("fill_po", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalogue(tmp_path, zero="", one=""):
    path = tmp_path / "django.po"
    path.write_text(HEADER + "\n" + PLURAL.format(zero=zero, one=one), encoding="utf-8")
    return path


def test_fill_po_list_value_fills_singular_and_plural(fill_po, tmp_path):
    path = _catalogue(tmp_path)
    table = {"%(count)d application moved.": ["%(count)d søknad flyttet.", "%(count)d søknader flyttet."]}

    assert fill_po.fill(path, table) == []

    text = path.read_text(encoding="utf-8")
    assert 'msgstr[0] "%(count)d søknad flyttet."\nmsgstr[1] "%(count)d søknader flyttet."' in text


def test_fill_po_list_value_rewrites_an_entry_filled_with_one_text(fill_po, tmp_path):
    path = _catalogue(tmp_path, zero="%(count)d søknad(er) flyttet.", one="%(count)d søknad(er) flyttet.")
    table = {"%(count)d application moved.": ["%(count)d søknad flyttet.", "%(count)d søknader flyttet."]}

    fill_po.fill(path, table)

    text = path.read_text(encoding="utf-8")
    assert "søknad(er)" not in text
    assert 'msgstr[1] "%(count)d søknader flyttet."' in text


def test_fill_po_string_value_for_plural_keeps_a_translated_entry(fill_po, tmp_path):
    path = _catalogue(tmp_path, zero="Flyttet: %(count)d.", one="Flyttet: %(count)d.")

    fill_po.fill(path, {"%(count)d application moved.": "Noe annet: %(count)d."})

    assert path.read_text(encoding="utf-8").count("Flyttet: %(count)d.") == 2


def test_fill_po_list_value_for_singular_entry_is_refused(fill_po, tmp_path):
    path = tmp_path / "django.po"
    path.write_text(HEADER + '\nmsgid "Save"\nmsgstr ""\n', encoding="utf-8")

    with pytest.raises(ValueError, match="not a plural entry"):
        fill_po.fill(path, {"Save": ["Lagre", "Lagre"]})


def test_fill_po_translation_with_backslash_is_written_as_is(fill_po, tmp_path):
    path = tmp_path / "django.po"
    path.write_text(HEADER + '\nmsgid "Line"\nmsgstr ""\n', encoding="utf-8")

    fill_po.fill(path, {"Line": "Linje\nto"})

    assert 'msgstr "Linje\\nto"' in path.read_text(encoding="utf-8")
