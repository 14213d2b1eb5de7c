from django.urls import path

from .report_views import FunderReportView, HoursReportView

app_name = "hours_admin"

urlpatterns = [
    path("", HoursReportView.as_view(), name="hours_report"),
    path("funder/", FunderReportView.as_view(), name="funder_report"),
]
