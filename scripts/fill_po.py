"""Fill untranslated or fuzzy entries in .po files from a JSON dictionary {msgid: translation}.

Usage: python scripts/fill_po.py path/to/django.po [...]
The dictionaries are every scripts/translations/*.json (one per area of the code, so people working on
different apps do not edit the same file).
Works on --no-wrap catalogues (as `make messages` writes them). Prints what is still missing.
A plural entry's value may be a list [singular, plural]: msgstr[0] gets the singular, every other form the
plural (Norwegian has two forms). Such entries are rewritten whenever the catalogue differs from the
dictionary. A plain string for a plural entry fills every form with the same text (for wording that
avoids the count's grammar, e.g. "Antall: %(count)s").
"""

import json
import re
import sys
from pathlib import Path

MSGID = re.compile(r'^msgid "((?:[^"\\]|\\.)*)"$', re.MULTILINE)


def unescape(text):
    return json.loads(f'"{text}"')


def escape(text):
    return json.dumps(text, ensure_ascii=False)[1:-1]


def needs_translation(block):
    return "#, fuzzy" in block or re.search(r'^msgstr(\[\d\])? ""$(?!\n")', block, re.MULTILINE)


def plural_forms(value):
    """The texts for msgstr[0], msgstr[1], ...: a [singular, plural] list, or one string for every form."""
    if isinstance(value, str):
        return [value]
    if len(value) != 2 or not all(isinstance(text, str) for text in value):
        raise ValueError(f"A plural translation is [singular, plural], not {value!r}.")
    return list(value)


def form_text(forms, index):
    return forms[min(index, len(forms) - 1)]


def differs(block, forms):
    current = re.findall(r'^msgstr\[(\d)\] "(.*)"$', block, re.MULTILINE)
    return any(unescape(text) != form_text(forms, int(index)) for index, text in current)


def replace_msgstr(line, forms):
    match = re.match(r'^msgstr(?:\[(\d)\])? ".*"$', line)
    if not match:
        return line
    text = escape(form_text(forms, int(match.group(1) or 0)))
    return re.sub(r'^(msgstr(?:\[\d\])?) ".*"$', lambda m: f'{m.group(1)} "{text}"', line)


def fill_block(block, translations, missing):
    match = MSGID.search(block)
    if not match or not match.group(1):
        return block
    msgid = unescape(match.group(1))
    is_plural = "\nmsgid_plural " in block
    value = translations.get(msgid)
    if isinstance(value, list) and not is_plural:
        raise ValueError(f"{msgid!r} is not a plural entry: give one string, not a list.")
    rewrite_plural = is_plural and isinstance(value, list) and differs(block, plural_forms(value))
    if not needs_translation(block) and not rewrite_plural:
        return block
    if value is None:
        missing.append(msgid)
        return block
    forms = plural_forms(value)
    lines = [line for line in block.split("\n") if not line.startswith("#|")]
    lines = [line.replace(", fuzzy", "") if line.startswith("#,") else line for line in lines]
    lines = [line for line in lines if line != "#"]
    lines = [replace_msgstr(line, forms) for line in lines]
    return "\n".join(lines)


def fill(path, translations):
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    header, *blocks = source.split("\n\n")
    header = header.replace('#, fuzzy\nmsgid ""', 'msgid ""', 1).replace('"Language: \\n"', '"Language: nb\\n"', 1)
    missing = []
    blocks = [fill_block(block, translations, missing) for block in blocks]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n\n".join([header, *blocks]))
    return missing


def load_dictionaries():
    table = {}
    for path in sorted(Path(__file__).parent.glob("translations/*.json")):
        with open(path, encoding="utf-8") as handle:
            table.update(json.load(handle))
    return table


if __name__ == "__main__":
    table = load_dictionaries()
    for po_path in sys.argv[1:]:
        for msgid in fill(po_path, table):
            print(f"{po_path}: missing {msgid!r}")
