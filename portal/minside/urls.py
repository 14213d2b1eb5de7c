from django.urls import path

from . import views

app_name = "minside"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
