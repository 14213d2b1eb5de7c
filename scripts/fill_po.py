"""Fill untranslated or fuzzy entries in .po files from a JSON dictionary {msgid: translation}.

Usage: python scripts/fill_po.py path/to/django.po [...]
The dictionaries are every scripts/translations/*.json (one per area of the code, so people working on
different apps do not edit the same file).
Works on --no-wrap catalogues (as `make messages` writes them). Prints what is still missing.
Plural entries are filled with the same text in every form.
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


def fill_block(block, translations, missing):
    match = MSGID.search(block)
    if not match or not match.group(1) or not needs_translation(block):
        return block
    msgid = unescape(match.group(1))
    if msgid not in translations:
        missing.append(msgid)
        return block
    text = escape(translations[msgid])
    lines = [line for line in block.split("\n") if not line.startswith("#|")]
    lines = [line.replace(", fuzzy", "") if line.startswith("#,") else line for line in lines]
    lines = [line for line in lines if line != "#"]
    lines = [re.sub(r'^(msgstr(?:\[\d\])?) ".*"$', rf'\1 "{text}"', line) for line in lines]
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
