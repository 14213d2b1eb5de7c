"""The quiz form: one field per question (radio buttons or checkboxes), plus the one-time token."""

import random

from django import forms
from django.utils.translation import gettext_lazy as _

QUESTION_PREFIX = "q-"


class QuizForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, questions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        # A new order of the options for each attempt (seeded by its one-time token, so the same form shown
        # again after a missing answer keeps its order): remembering "the second one" does not pass.
        order = random.Random(self.data.get("token") or self.initial.get("token") or "")  # noqa: S311
        for number, question in enumerate(self.questions, start=1):
            choices = [(choice.id, choice.text) for choice in question.choices]
            order.shuffle(choices)
            field_class, widget = (
                (forms.MultipleChoiceField, forms.CheckboxSelectMultiple)
                if question.multiple
                else (forms.ChoiceField, forms.RadioSelect)
            )
            field = field_class(
                label=question.text,
                choices=choices,
                widget=widget,
                help_text=_("Choose one or more answers.") if question.multiple else _("Choose one answer."),
                error_messages={"required": _("Answer this question.")},
            )
            field.number = number
            self.fields[QUESTION_PREFIX + question.id] = field

    def question_fields(self):
        return [self[name] for name in self.fields if name.startswith(QUESTION_PREFIX)]

    def unanswered_numbers(self):
        """The numbers (1, 2, ...) of the questions left without an answer, for the message above the form."""
        return [
            self.fields[name].number
            for name, errors in self.errors.items()
            if name.startswith(QUESTION_PREFIX) and any(error.code == "required" for error in errors.as_data())
        ]

    def answers(self):
        """question id → chosen choice ids, from valid data."""
        answers = {}
        for name, value in self.cleaned_data.items():
            if name.startswith(QUESTION_PREFIX):
                answers[name.removeprefix(QUESTION_PREFIX)] = value if isinstance(value, list) else [value]
        return answers
