"""Print every URL pattern's route (the keys of ROWS): ``python -m tests.permission_matrix``."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
django.setup()

from tests.permission_matrix import prefixes, rows, rule_for, url_patterns  # noqa: E402

all_rows, all_prefixes = rows(), prefixes()
for pattern in url_patterns():
    covered = "" if rule_for(pattern.route, all_rows, all_prefixes) else "   <- not in the matrix"
    print(f"{pattern.route}  {pattern.name or ''}{covered}")
