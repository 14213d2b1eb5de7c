"""Monthly SMS caps per unit: set by superusers (a unit raising its own cap would defeat it)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from portal.org.permissions import SuperuserOnlyPolicy

from ..models import UnitSmsCap


class SmsCapIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("unit")


class SmsCapViewSet(ModelViewSet):
    model = UnitSmsCap
    index_view_class = SmsCapIndexView
    icon = "warning"
    menu_label = _("Monthly SMS caps")
    form_fields = ["unit", "monthly_limit"]
    list_display = ["unit", "monthly_limit"]
    copy_view_enabled = False


register_permission_policy(UnitSmsCap, SuperuserOnlyPolicy(UnitSmsCap), exact_class=True)
