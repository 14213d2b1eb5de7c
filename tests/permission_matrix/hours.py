"""hours: Min side pages for logging hours, receipts, the calendar feed, the approval queue, settings and reports."""

import datetime

from tests.permission_matrix import OK_FOR_ALL, OWN_UNIT, STAFF, Row, staff

OWN_UNIT_GET_ONLY = staff(405, "404")
# Only the Tidgiver who owns the entry (world.volunteer is world.tidgiver's profile); everyone else gets a 404.
OWNER = ("login", "404", "ok", "404", "404", "404", "404")
OWNER_REDIRECT = ("login", "404", "redirect:/min-side/", "404", "404", "404", "404")
# A receipt: its owner and the unit's staff.
RECEIPT = ("login", "404", "ok", "ok", "404", "ok", "ok")
# Logging hours needs a Tidgiver profile; a form with errors is a 200.
LOG = ("login", "404", "ok", "404", "404", "404", "404")
POST_ONLY_OWNER = ("login", 405, 405, 405, 405, 405, 405)
NEW_FEED_POST = ("login", "404", "redirect:/min-side/", "404", "404", "404", "404")
# Settings forms posted empty: the form answers with errors (200) in the user's unit, a 404 elsewhere.
EDIT_POST = staff("ok", "404")

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 100


def _hour_entry(world, **fields):
    from volunteers.hours.domain import entries
    from volunteers.hours.domain.unit_settings import activity_kinds

    return entries.submit(
        world.volunteer,
        actor=world.tidgiver,
        date=datetime.date.today() - datetime.timedelta(days=1),
        quarters=6,
        activity_kind=activity_kinds(world.unit).first(),
        **fields,
    )


def _approved_entry(world):
    from volunteers.hours.domain import entries

    entry = _hour_entry(world)
    entries.transition(entry, "approved", actor=world.coordinator)
    return entry


def _receipt_entry(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from volunteers.hours.domain.receipts import checked_receipt

    # Its own entry: the delete row removes world.hour_entry.
    return _hour_entry(world, other_expenses=100, receipt=checked_receipt(SimpleUploadedFile("k.pdf", PDF)))


def _hours_match(world):
    from tests import factories
    from volunteers.matching.models import Match

    participant = factories.make_participant(world.unit, display_name="Ali")
    return Match.objects.create(unit=world.unit, participant=participant, volunteer=world.volunteer)


def _meeting(world):
    from volunteers.hours.models import Meeting

    match = world.hours_match
    return Meeting.objects.create(
        unit=world.unit,
        volunteer=match.volunteer,
        match=match,
        date=datetime.date.today(),
        start_time=datetime.time(18),
    )


def _feed_token(world):
    from volunteers.hours.domain.calendar import live_token

    return live_token(world.volunteer)


def _mileage_rate(world):
    from volunteers.hours.models import MileageRate

    return MileageRate.objects.create(unit=world.unit)


def _hour_settings(world):
    from volunteers.hours.models import UnitHourSettings

    return UnitHourSettings.objects.create(unit=world.unit)


def _activity_kind(world):
    from volunteers.hours.domain.unit_settings import activity_kinds

    return activity_kinds(world.unit).first()


FIXTURES = {
    "hour_entry": _hour_entry,
    "approved_entry": _approved_entry,
    "receipt_entry": _receipt_entry,
    "feed_token": _feed_token,
    "hours_match": _hours_match,
    "meeting": _meeting,
    "mileage_rate": _mileage_rate,
    "hour_settings": _hour_settings,
    "activity_kind": _activity_kind,
}


def _settings_rows(prefix, fixture):
    return {
        f"admin/{prefix}/": Row(get=STAFF, post=staff(405)),
        f"admin/{prefix}/results/": Row(get=STAFF, post=staff(405)),
        f"admin/{prefix}/new/": Row(get=STAFF, post=staff("ok")),
        f"admin/{prefix}/edit/<int:pk>/": Row(
            get=OWN_UNIT, post=EDIT_POST, url=lambda w: f"/admin/{prefix}/edit/{getattr(w, fixture).pk}/"
        ),
    }


ROWS = {
    "timer/ny/": Row(get=LOG, post=LOG),
    "timer/<int:pk>/endre/": Row(get=OWNER, post=OWNER, url=lambda w: f"/timer/{w.hour_entry.pk}/endre/"),
    "timer/<int:pk>/slett/": Row(get=OWNER, post=OWNER_REDIRECT, url=lambda w: f"/timer/{w.hour_entry.pk}/slett/"),
    "timer/<int:pk>/kvittering/": Row(
        get=RECEIPT, post=RECEIPT, url=lambda w: f"/timer/{w.receipt_entry.pk}/kvittering/"
    ),
    "timer/mote/ny/": Row(get=LOG, post=LOG),
    "timer/mote/<int:pk>/avlys/": Row(
        get=POST_ONLY_OWNER, post=NEW_FEED_POST, url=lambda w: f"/timer/mote/{w.meeting.pk}/avlys/"
    ),
    "timer/kalender/ny-adresse/": Row(get=POST_ONLY_OWNER, post=NEW_FEED_POST),
    "timer/kalender/<str:token>.ics": Row(
        get=OK_FOR_ALL, post=(405,) * 7, url=lambda w: f"/timer/kalender/{w.feed_token.token}.ics"
    ),
    "/timer/kalender/revoked-or-unknown.ics": Row(get=("404",) * 7, post=None),
    "admin/hour_entries/": Row(get=STAFF, post=staff(405)),
    "/admin/hour_entries/?export=csv": Row(get=STAFF, post=None),
    "/admin/hour_entries/?export=xlsx": Row(get=STAFF, post=None),
    "admin/hour_entries/results/": Row(get=STAFF, post=staff(405)),
    "admin/hour_entries/inspect/<int:pk>/": Row(
        get=OWN_UNIT, post=OWN_UNIT_GET_ONLY, url=lambda w: f"/admin/hour_entries/inspect/{w.hour_entry.pk}/"
    ),
    # The correction form of an approved entry; posted empty it answers with field errors (200).
    "admin/hour_entries/correct/<int:pk>/": Row(
        get=OWN_UNIT, post=EDIT_POST, url=lambda w: f"/admin/hour_entries/correct/{w.approved_entry.pk}/"
    ),
    # Meetings in the back office: list, add (an empty form is a 200), move and cancel in the user's units.
    "admin/meetings/": Row(get=STAFF, post=staff(405)),
    "admin/meetings/results/": Row(get=STAFF, post=staff(405)),
    "admin/meetings/new/": Row(get=STAFF, post=staff("ok")),
    "admin/meetings/edit/<int:pk>/": Row(
        get=OWN_UNIT, post=EDIT_POST, url=lambda w: f"/admin/meetings/edit/{w.meeting.pk}/"
    ),
    "admin/meetings/cancel/<int:pk>/": Row(
        get=staff(405),
        post=staff("redirect:/admin/meetings/", "404"),
        url=lambda w: f"/admin/meetings/cancel/{w.meeting.pk}/",
    ),
    "admin/hour-reports/": Row(get=STAFF, post=staff(405)),
    "/admin/hour-reports/?export=csv": Row(get=STAFF, post=None),
    "/admin/hour-reports/?export=xlsx": Row(get=STAFF, post=None),
    # Posting the (empty) texts saves the report with its figures and shows the page again.
    "admin/hour-reports/funder/": Row(get=STAFF, post=staff("redirect:/admin/hour-reports/funder/?")),
    "admin/hour-reports/silent-matches/": Row(get=STAFF, post=staff(405)),
    "/admin/hour-reports/funder/?export=xlsx": Row(get=STAFF, post=None),
    "/admin/hour-reports/funder/?export=pdf": Row(get=STAFF, post=None),
    **_settings_rows("mileage_rates", "mileage_rate"),
    **_settings_rows("hour_settings", "hour_settings"),
    **_settings_rows("activity_kinds", "activity_kind"),
}
