"""Norwegian unless the person chose English with the language switcher.

Django's LocaleMiddleware also follows the browser's Accept-Language, which would show an English
frame around Norwegian-only Wagtail pages to everyone whose browser happens to be set to English.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
