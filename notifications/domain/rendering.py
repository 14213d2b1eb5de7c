"""Turning a template key (staff's wording, else the default in code) and a context into text."""

import re
from dataclasses import dataclass

from django.conf import settings

from .. import registry

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text, context):
    """Replace ``{name}`` from context. Unknown placeholders stay visible, so a mistake is noticed.

    A plain regex rather than str.format: staff-edited text must not reach attributes of the values.
    """
    return PLACEHOLDER.sub(lambda match: str(context.get(match.group(1), match.group(0))), text)


@dataclass(frozen=True)
class Wording:
    key: str
    sms: dict
    email_subject: dict
    email_body: dict
    secret: bool = False

    def text(self, part, language):
        texts = getattr(self, part)
        return texts.get(language) or texts.get("nb", "")

    def has(self, part):
        return bool(getattr(self, part).get("nb"))


def load_wording(key):
    """The default from code, with every non-empty field staff have edited in Wagtail on top."""
    from ..models import MessageTemplate

    default = registry.template_default(key)
    parts = {
        "sms": dict(default.sms),
        "email_subject": dict(default.email_subject),
        "email_body": dict(default.email_body),
    }
    override = MessageTemplate.objects.filter(key=key).first()
    if override is not None:
        for part, texts in parts.items():
            for language in registry.LANGUAGES:
                if value := getattr(override, f"{part}_{language}").strip():
                    texts[language] = value
    return Wording(key, **parts, secret=default.secret)


def free_text_wording(body):
    """A one-off text (a keyword reply or a group message) treated as a template with only this text."""
    texts = {"nb": body}
    return Wording("", sms=texts, email_subject={"nb": settings.WAGTAIL_SITE_NAME}, email_body=texts)


def base_context(first_name, unit):
    return {
        "fornavn": first_name,
        "enhet": unit.name if unit else "",
        "lenke": settings.PUBLIC_BASE_URL.rstrip("/") + "/min-side/",
    }
