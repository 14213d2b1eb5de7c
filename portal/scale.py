"""`seed_scale`: a large, realistic installation for benchmarks, built by one part per app with bulk inserts.

Each part is a function ``seed_scale(scale)`` in the module named in SCALE_PARTS, run in this order in one
transaction. A part reads what earlier parts made from the database (``scale.units()`` and the rows in them), and
does nothing when its own rows are already there, so running the command again changes nothing.
"""

import datetime
import random
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from portal.org.demo import DEMO_PASSWORD

# The modules whose ``seed_scale(scale)`` builds the installation, in order.
SCALE_PARTS = [
    "portal.org.scale",
    "volunteers.scale",
    "training.scale",
    "volunteers.participants.scale",
    "volunteers.matching.scale",
    "volunteers.hours.scale",
]

DEFAULT_COUNTS = {
    "units": 20,
    "volunteers": 10_000,
    "applications": 10_000,
    "participants": 1_000,
    "matches": 2_000,
    "hours": 1_000_000,
}

UNIT_SLUG_PREFIX = "skala-"
EMAIL_DOMAIN = "skala.example.org"


@dataclass
class Scale:
    counts: dict = field(default_factory=lambda: dict(DEFAULT_COUNTS))
    seed: int = 1
    now: datetime.datetime = field(default_factory=timezone.now)
    stdout: object = None

    @cached_property
    def rng(self):
        return random.Random(self.seed)  # noqa: S311 (made-up benchmark data, no secrets)

    @cached_property
    def password_hash(self):
        """Everyone seed_scale makes logs in with the demo password (benchmarks log in as real people).

        One hash for everyone: hashing 10,000 passwords would take minutes."""
        return make_password(DEMO_PASSWORD)

    def count(self, name):
        return self.counts[name]

    def units(self):
        from portal.org.models import Unit

        return list(Unit.objects.filter(slug__startswith=UNIT_SLUG_PREFIX).order_by("slug"))

    def email(self, kind, number):
        return f"{kind}-{number:05d}@{EMAIL_DOMAIN}"

    def days_ago(self, low, high):
        """A random moment between ``low`` and ``high`` days before now."""
        return self.now - datetime.timedelta(days=self.rng.uniform(low, high))

    def bulk(self, model, rows, batch_size=2000):
        return model.objects.bulk_create(rows, batch_size=batch_size)

    def log(self, text):
        if self.stdout is not None:
            self.stdout.write(f"  {text}")
