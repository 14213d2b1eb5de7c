from django.urls import path

from .views import MatrixView, RemindView

app_name = "training_admin"

urlpatterns = [
    path("", MatrixView.as_view(), name="matrix"),
    path("remind/", RemindView.as_view(), name="remind"),
]
