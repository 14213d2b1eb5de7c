"""The ceiling for `make bench`: a hello-world Django view, served by the same gunicorn as the portal."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-hello-world",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)


def hello(request):
    return HttpResponse("Hello, world")


urlpatterns = [path("", hello), path("healthz", hello)]
application = get_wsgi_application()
