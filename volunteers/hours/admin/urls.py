from django.urls import path

from .report_views import HoursReportView

app_name = "hours_admin"

urlpatterns = [
    path("", HoursReportView.as_view(), name="hours_report"),
]
