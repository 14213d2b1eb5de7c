"""Reading one worklist panel (portal.org.worklist) of the Wagtail home in tests."""

import re


def worklist(text, name):
    """{label: (count, link)} of the worklist panel ``name`` on the Wagtail home page ``text``."""
    panel = text.split(f'data-testid="worklist-{name}"', 1)[1].split("</ul>", 1)[0]
    items = re.findall(r'<a href="([^"]+)"><strong class="worklist-count">(\d+)</strong>([^<]+)</a>', panel)
    return {label.strip(): (int(count), url) for url, count, label in items}
