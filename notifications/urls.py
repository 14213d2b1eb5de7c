from django.urls import path

from .views import reauth, settings, webhooks

app_name = "notifications"

urlpatterns = [
    # Configured in the Twilio console: keep these paths stable.
    path("twilio/status/", webhooks.status, name="twilio_status"),
    path("twilio/inbound/", webhooks.incoming, name="twilio_inbound"),
    path("innstillinger/", settings.preferences, name="preferences"),
    path("mobilnummer/", settings.change_phone, name="change_phone"),
    path("mobilnummer/bekreft/", settings.confirm_phone, name="confirm_phone"),
    path("bekreft-at-det-er-deg/", reauth.reauthenticate, name="reauthenticate"),
]
