"""The project's URLs plus one nobody listed: the matrix must notice it."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as project_patterns

urlpatterns = [path("ny-side/<int:pk>/", lambda request, pk: HttpResponse("hei"), name="new_page"), *project_patterns]
