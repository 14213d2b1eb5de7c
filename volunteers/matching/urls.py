from django.urls import path

from . import views

app_name = "matching"

urlpatterns = [
    path("forslag/<int:pk>/svar/", views.answer, name="answer"),
]
