from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("mine-data/", views.my_data, name="my_data"),
    path("mine-data.json", views.my_data_json, name="my_data_json"),
    path("slett-meg/", views.erasure_request, name="erasure"),
]
