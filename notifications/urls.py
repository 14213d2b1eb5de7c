from django.urls import path

from .views import webhooks

app_name = "notifications"

urlpatterns = [
    # Configured in the Twilio console: keep these paths stable.
    path("twilio/status/", webhooks.status, name="twilio_status"),
    path("twilio/inbound/", webhooks.incoming, name="twilio_inbound"),
]
