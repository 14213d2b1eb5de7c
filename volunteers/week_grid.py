"""The 7 × 3 grid of toggles (weekday × morning / afternoon / evening) that edits weekly slots.

The same field for the Tidgiver on Min side, the coordinator and the participant's wishes, so "a few taps on a
phone" looks the same everywhere.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .availability import SLOT_CHOICES, parse_slot_key, slot_key
from .enums import DayPart, Weekday


class WeekGridWidget(forms.CheckboxSelectMultiple):
    """Checkboxes laid out as a table: one row per weekday, one column per part of the day."""

    template_name = "volunteers/widgets/week_grid.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        options = {
            option["value"]: option for _group, group, _index in context["widget"]["optgroups"] for option in group
        }
        context["widget"]["day_parts"] = [part.label for part in DayPart]
        context["widget"]["rows"] = [
            (day.label, [options[slot_key(day, part)] for part in DayPart if slot_key(day, part) in options])
            for day in Weekday
        ]
        return context


class WeeklySlotsField(forms.MultipleChoiceField):
    widget = WeekGridWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", SLOT_CHOICES)
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("When it suits"))
        super().__init__(**kwargs)

    def clean(self, value):
        return [parse_slot_key(key) for key in super().clean(value)]
