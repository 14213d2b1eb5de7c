from django.urls import path

from .report_views import FunderReportView, HoursReportView
from .silent import SilentMatchesView

app_name = "hours_admin"

urlpatterns = [
    path("", HoursReportView.as_view(), name="hours_report"),
    path("funder/", FunderReportView.as_view(), name="funder_report"),
    path("silent-matches/", SilentMatchesView.as_view(), name="silent_matches"),
]
