from django.urls import path

from . import views

app_name = "volunteers"

urlpatterns = [
    path("foresatt/<str:token>/", views.guardian_confirm, name="guardian_confirm"),
]
