"""Every choice list of the volunteers app, and the screening pipeline's allowed transitions as data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicationState(models.TextChoices):
    AWAITING_GUARDIAN = "awaiting_guardian", _("Awaiting guardian")
    RECEIVED = "received", _("Received")
    CONTACTED = "contacted", _("Contacted")
    CONVERSATION_BOOKED = "conversation_booked", _("Conversation booked")
    CONVERSATION_HELD = "conversation_held", _("Conversation held")
    REFERENCES = "references", _("References")
    DECLARATIONS = "declarations", _("Declarations")
    READY = "ready", _("Ready")
    APPROVED = "approved", _("Approved")
    ON_HOLD = "on_hold", _("On hold")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    REJECTED = "rejected", _("Rejected")


S = ApplicationState

# The main road, in order. A young applicant starts in AWAITING_GUARDIAN and enters it at RECEIVED.
PIPELINE = (
    S.RECEIVED,
    S.CONTACTED,
    S.CONVERSATION_BOOKED,
    S.CONVERSATION_HELD,
    S.REFERENCES,
    S.DECLARATIONS,
    S.READY,
)
CLOSED_STATES = frozenset({S.APPROVED, S.WITHDRAWN, S.REJECTED})
OPEN_STATES = frozenset(S) - CLOSED_STATES
# Rejected and withdrawn applications are deleted or anonymised after the retention period.
RETAINED_STATES = frozenset({S.WITHDRAWN, S.REJECTED})
_SIDE_EXITS = frozenset({S.ON_HOLD, S.WITHDRAWN, S.REJECTED})


def _next(state):
    index = PIPELINE.index(state)
    return PIPELINE[index + 1 : index + 2]


def _previous(state):
    index = PIPELINE.index(state)
    return PIPELINE[max(index - 1, 0) : index]


# From each state, where a coordinator may move the application: one step on, one step back (to correct a
# mistake), or aside. ON_HOLD may go back to any pipeline state in the table, but `screening.transition`
# only allows the one it came from (stored in Application.previous_state).
TRANSITIONS: dict[str, frozenset[str]] = {
    S.AWAITING_GUARDIAN: frozenset({S.RECEIVED, S.WITHDRAWN, S.REJECTED}),
    **{state: frozenset({*_next(state), *_previous(state)}) | _SIDE_EXITS for state in PIPELINE[:-1]},
    S.READY: frozenset({S.APPROVED, S.DECLARATIONS}) | _SIDE_EXITS,
    S.ON_HOLD: frozenset(PIPELINE) | {S.WITHDRAWN, S.REJECTED},
    S.APPROVED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.REJECTED: frozenset(),
}

# Moves only the system makes, never offered as a button: a re-submitted application that turns out to be a
# young applicant's goes back to waiting for the guardian (`screening.transition(..., system=True)`).
SYSTEM_TRANSITIONS: dict[str, frozenset[str]] = {
    S.RECEIVED: frozenset({S.AWAITING_GUARDIAN}),
}


class Interest(models.TextChoices):
    """What an applicant would like to do: the activities and everyday support of steg for steg."""

    CULTURE = "culture", _("Culture")
    SPORT_OUTDOOR = "sport_outdoor", _("Sport and outdoor life")
    HOUSING_HOME = "housing_home", _("Housing and home")
    PERSONAL_FINANCE = "personal_finance", _("Personal finance")
    WORK_SCHOOL = "work_school", _("Work and school")
    NETWORK_CLUBS = "network_clubs", _("Network and clubs")
    THEME_EVENINGS = "theme_evenings", _("Theme evenings")


class Weekday(models.TextChoices):
    MONDAY = "mon", _("Monday")
    TUESDAY = "tue", _("Tuesday")
    WEDNESDAY = "wed", _("Wednesday")
    THURSDAY = "thu", _("Thursday")
    FRIDAY = "fri", _("Friday")
    SATURDAY = "sat", _("Saturday")
    SUNDAY = "sun", _("Sunday")


class TimeOfDay(models.TextChoices):
    DAYTIME = "daytime", _("Daytime")
    EVENING = "evening", _("Evening")
    WEEKEND = "weekend", _("Weekend")


class VolunteerStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    ENDED = "ended", _("Ended")


# A profile that does not exist yet: approving the application makes it active (`profiles.activate_for`).
NO_PROFILE = ""

# Where a Tidgiver profile's status may go (`profiles.change_status`): pause and resume, end, reactivate.
VOLUNTEER_STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    NO_PROFILE: frozenset({VolunteerStatus.ACTIVE}),
    VolunteerStatus.ACTIVE: frozenset({VolunteerStatus.PAUSED, VolunteerStatus.ENDED}),
    VolunteerStatus.PAUSED: frozenset({VolunteerStatus.ACTIVE, VolunteerStatus.ENDED}),
    VolunteerStatus.ENDED: frozenset({VolunteerStatus.ACTIVE}),
}


class ChecklistItemKind(models.TextChoices):
    CONVERSATION = "conversation", _("Conversation held")
    REFERENCES = "references", _("References")
    CONFIDENTIALITY = "confidentiality", _("Confidentiality declaration signed")
    TRAINING = "training", _("Required training completed")
    POLICE_CERTIFICATE = "police_certificate", _("Police certificate shown")


class ReferenceOutcome(models.TextChoices):
    PENDING = "pending", _("Not contacted yet")
    POSITIVE = "positive", _("Positive")
    CONCERNS = "concerns", _("Concerns")
    NOT_REACHED = "not_reached", _("Not reached")


class EventKind(models.TextChoices):
    """Entries in an application's timeline (also its audit log)."""

    SUBMITTED = "submitted", _("Submitted")
    TRANSITION = "transition", _("Status changed")
    NOTE = "note", _("Note")
    DUPLICATE = "duplicate", _("Applied again")
    CHECKLIST = "checklist", _("Checklist")
    GUARDIAN = "guardian", _("Guardian confirmed")
    CONTACT_UPDATED = "contact_updated", _("Contact details updated")
    ROLE = "role", _("Tidgiver role changed")


class UpdateState(models.TextChoices):
    """A re-submitted application form waits as a pending update until the applicant or a coordinator decides."""

    PENDING = "pending", _("Waiting for confirmation")
    APPLIED = "applied", _("Applied")
    DISCARDED = "discarded", _("Discarded")
    SUPERSEDED = "superseded", _("Replaced by a newer one")


# Younger than this, a guardian must agree before screening starts (whatever the unit's own age limit).
ADULT_AGE = 18


# Shared by participants and matching (both apps may import volunteers; participants never imports matching).


class LifeArea(models.TextChoices):
    """The programme's core life areas; a participant puts them in the order that matters to them now."""

    HOUSING = "housing", _("Housing")
    NETWORK = "network", _("Network")
    WORK_SCHOOL = "work_school", _("Work and school")
    MONEY = "money", _("Money")
    LEISURE = "leisure", _("Leisure")


class Measure(models.TextChoices):
    """The three kinds of measures (tiltak): categories for matches and logged hours."""

    ACTIVITY = "activity", _("Activity")
    FOLLOW_UP = "follow_up", _("Follow-up")
    NETWORK = "network", _("Network")


class DayPart(models.TextChoices):
    """One part of a day in a weekly availability slot (weekday × part), for Tidgivere and participants."""

    MORNING = "morning", _("Morning")
    AFTERNOON = "afternoon", _("Afternoon")
    EVENING = "evening", _("Evening")


class Gender(models.TextChoices):
    """Optional, self-declared; used only when a participant asks for a Tidgiver of a given gender."""

    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Other")


class AgeBand(models.TextChoices):
    UNDER_18 = "under_18", _("Under 18")
    FROM_18 = "18_29", _("18–29")
    FROM_30 = "30_44", _("30–44")
    FROM_45 = "45_59", _("45–59")
    FROM_60 = "60_plus", _("60 or older")


class WishStrength(models.TextChoices):
    """A participant's wish: "must" is a hard filter for ranking, "prefer" adds points."""

    PREFER = "prefer", _("Prefer")
    MUST = "must", _("Must")
