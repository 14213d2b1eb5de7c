from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from portal.org.reports import urlpatterns as site_history_urls
from portal.privacy import views as privacy_views

handler500 = "portal.views.server_error"

urlpatterns = [
    # Every log-in goes through allauth (MFA stage, rate limits, lock-out); Wagtail's own would bypass it.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    *site_history_urls,
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sprak/<str:code>/", views.choose_language, name="choose_language"),
    path("etter-innlogging/", views.after_login, name="after_login"),
    path("healthz", views.healthz, name="healthz"),
    path("min-side/personvern/", include("portal.privacy.urls")),
    path("min-side/", include("portal.minside.urls")),
    path("behandlingsprotokoll/", privacy_views.records_of_processing, name="records_of_processing"),
    path("notifications/", include("notifications.urls")),
    path("tidgiver/tilgjengelighet/", include("volunteers.matching.profile_urls")),
    path("tidgiver/", include("volunteers.urls")),
    path("match/", include("volunteers.matching.urls")),
    path("timer/", include("volunteers.hours.urls")),
    path("opplaering/", include("training.urls")),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's log-in for private pages is Django's password-only LoginView: no MFA, no lock-out.
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
]
# Wagtail pages: Norwegian (the default) at today's addresses, English under /en/ (cms.i18n).
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
