from django.urls import path

from . import views

app_name = "volunteers"

urlpatterns = [
    path("foresatt/<str:token>/", views.guardian_confirm, name="guardian_confirm"),
    path("soknad/bekreft-endringer/<str:token>/", views.confirm_update, name="confirm_update"),
    path("soknad/trekk/", views.withdraw, name="withdraw"),
    path("soknad/kontaktinformasjon/", views.contact_details, name="contact_details"),
    path("taushetserklaering/", views.sign_declaration, name="sign_declaration"),
]
