from django.urls import path

from . import profile_views

app_name = "matching_profile"

urlpatterns = [
    path("<int:pk>/", profile_views.edit_own, name="edit"),
]
