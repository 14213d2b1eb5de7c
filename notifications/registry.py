"""In-process registries filled at start-up: default message templates and SMS keyword handlers.

No model imports here: other apps call these from their AppConfig.ready().
"""

from dataclasses import dataclass, field

LANGUAGES = ("nb", "en")


@dataclass(frozen=True)
class TemplateDefault:
    key: str
    description: object  # a (lazy) translated string
    sms: dict = field(default_factory=dict)
    email_subject: dict = field(default_factory=dict)
    email_body: dict = field(default_factory=dict)
    secret: bool = False  # contains a code or key link: never shown in the back office, redacted once sent


_templates: dict[str, TemplateDefault] = {}
_keywords: dict[str, object] = {}
# Keywords whose handler is only for people we know: an unknown number gets the generic help (and the inbox).
_known_senders_only: set[str] = set()


def add_template(key, *, description, sms=None, email_subject=None, email_body=None, secret=False):
    if email_body and not email_subject:
        raise ValueError(f"Template {key!r}: an e-mail body needs a subject.")
    _check_languages(key, sms, email_subject, email_body)
    _templates[key] = TemplateDefault(
        key, description, dict(sms or {}), dict(email_subject or {}), dict(email_body or {}), secret
    )


def _check_languages(key, *texts):
    for text in texts:
        if text and "nb" not in text:
            raise ValueError(f"Template {key!r}: every text needs a Norwegian ('nb') version.")
        if text and set(text) - set(LANGUAGES):
            raise ValueError(f"Template {key!r}: languages must be among {LANGUAGES}.")


def template_default(key):
    try:
        return _templates[key]
    except KeyError:
        raise LookupError(f"No message template is registered under {key!r}.") from None


def is_secret(key):
    template = _templates.get(key)
    return bool(template and template.secret)


def template_defaults():
    return dict(sorted(_templates.items()))


def normalise_keyword(word):
    return word.strip().upper()


def add_keyword(keyword, handler, *, known_senders_only=False):
    word = normalise_keyword(keyword)
    if not word or " " in word:
        raise ValueError("A keyword is one word.")
    if word in _keywords and _keywords[word] is not handler:
        raise ValueError(f"The SMS keyword {word!r} is already registered.")
    _keywords[word] = handler
    if known_senders_only:
        _known_senders_only.add(word)
    else:
        _known_senders_only.discard(word)


def keyword_handler(word, *, sender_known=True):
    """The handler for ``word``; None for an unknown sender when the keyword is for known senders only."""
    word = normalise_keyword(word)
    if not sender_known and word in _known_senders_only:
        return None
    return _keywords.get(word)
