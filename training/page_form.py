"""The editor's form for a training module: a "requires retraining" tick that bumps the module's version.

The tick is compared with the module's row in the database (the published version): ticked means "one
more than published", unticked means "as published". So saving a draft several times (or autosave) bumps
only once, unticking before publishing takes the bump back, and the box shows the draft's state.
"""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class TrainingModulePageForm(WagtailAdminPageForm):
    requires_retraining = forms.BooleanField(
        label=_("This change requires retraining"),
        help_text=_(
            "Tick for a change in substance (for example new routines). Everyone who has passed the module "
            "must then take it again. Corrections of wording do not need this."
        ),
        required=False,
    )

    # A translation is the same module in other words: these belong to the Norwegian page (domain.translations).
    MODULE_SETTINGS = ("roles", "required_before_approval", "pass_mark_percent", "refresh_interval_months")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        published = self._published()
        if self._is_translation():
            self.fields.pop("requires_retraining", None)
            for name in self.MODULE_SETTINGS:
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].help_text = _("Set on the Norwegian module; it applies to every language.")
        elif published is None:
            self.fields.pop("requires_retraining", None)
        else:
            self.initial["requires_retraining"] = self.instance.retraining_version > published[0]

    def _is_translation(self):
        locale = getattr(self.instance, "locale", None) if self.instance.locale_id else None
        return locale is not None and locale.language_code != settings.LANGUAGE_CODE

    def _published(self):
        if self.instance.pk is None:
            return None
        return (
            type(self.instance)
            .objects.filter(pk=self.instance.pk)
            .values_list("retraining_version", "retraining_required_on")
            .first()
        )

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not any(block.block_type == "question" for block in body):
            raise forms.ValidationError(_("Add at least one quiz question."))
        return body

    def save(self, commit=True):
        published = self._published()
        if published is not None and "requires_retraining" in self.cleaned_data:
            version, required_on = published
            if self.cleaned_data["requires_retraining"]:
                self.instance.retraining_version = version + 1
                self.instance.retraining_required_on = timezone.localdate()
            else:
                self.instance.retraining_version = version
                self.instance.retraining_required_on = required_on
        return super().save(commit=commit)
