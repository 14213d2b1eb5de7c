"""The ranking weights of a unit, changed by its unit admin (coordinators see the ranking, not the weights)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.enums import Role
from portal.org.models import Unit

from ..domain.weights import change_weights
from ..enums import DEFAULT_WEIGHTS, WEIGHT_MAX
from ..models import settings_for
from ..models.settings import WEIGHT_LABELS

URL_WEIGHTS = "matching_weights"


def administered_units(user):
    if not user.is_authenticated or not user.is_active:
        return Unit.objects.none()
    if user.is_superuser:
        return Unit.objects.all()
    return Unit.objects.filter(memberships__user=user, memberships__role=Role.UNIT_ADMIN).distinct()


class WeightsForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in DEFAULT_WEIGHTS:
            self.fields[name] = forms.IntegerField(
                label=WEIGHT_LABELS[name], min_value=0, max_value=WEIGHT_MAX, initial=DEFAULT_WEIGHTS[name]
            )


class WeightsView(WagtailAdminTemplateMixin, FormView):
    template_name = "matching/admin/weights.html"
    form_class = WeightsForm
    header_icon = "cog"

    def dispatch(self, request, *args, **kwargs):
        self.units = list(administered_units(request.user).order_by("name"))
        if not self.units:
            raise PermissionDenied
        wanted = request.GET.get("unit")
        self.unit = next((u for u in self.units if str(u.pk) == wanted), None) if wanted else self.units[0]
        if self.unit is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Ranking weights")

    def get_page_subtitle(self):
        return self.unit.name

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_initial(self):
        return settings_for(self.unit).weights

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "units": self.units, "unit": self.unit}

    def form_valid(self, form):
        changed = change_weights(
            self.unit, {name: form.cleaned_data[name] for name in DEFAULT_WEIGHTS}, self.request.user
        )
        messages.success(self.request, _("The weights are saved.") if changed else _("Nothing was changed."))
        return redirect(reverse(URL_WEIGHTS) + f"?unit={self.unit.pk}")
