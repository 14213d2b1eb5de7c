"""Development transports that print each message readably: recipient, subject, the whole text.

Django's console e-mail backend prints the raw MIME message (quoted-printable: links broken by "="), and
the console SMS transport would print only the row id. On a developer's machine the text, links and codes
are what one needs to try the portal, so these print them whole. Only for DEBUG: never in production.
"""

import re
import sys
import threading
from html import unescape

from django.core.mail.backends.base import BaseEmailBackend

LINE = "-" * 72
LINK = re.compile(r"https?://[^\s<>\"')]+")


def frame(kind, headers, body):
    lines = ["", f"==== {kind} (development: nothing is sent) ".ljust(72, "=")]
    lines += [f"{name}: {value}" for name, value in headers if value]
    lines += [LINE, body.strip()]
    links = list(dict.fromkeys(LINK.findall(body)))
    if links:
        lines += [LINE, "Links:"] + [f"  {link}" for link in links]
    lines += ["=" * 72, ""]
    return "\n".join(lines)


def text_of(message):
    """The plain-text part; for an HTML-only message, the HTML with its tags removed."""
    if message.content_subtype != "html" and message.body:
        return message.body
    html = message.body or next(
        (c for c, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"), ""
    )
    hrefs = " ".join(re.findall(r'href="([^"]+)"', html))
    return unescape(re.sub(r"<[^>]+>", "", html)) + ("\n" + hrefs if hrefs else "")


class ReadableConsoleEmailBackend(BaseEmailBackend):
    """MAILERS backend for development: prints To, Subject and the text of each e-mail to stdout."""

    def __init__(self, fail_silently=False, stream=None, **kwargs):
        super().__init__(fail_silently=fail_silently, **kwargs)
        self.stream = stream or sys.stdout
        self._lock = threading.RLock()

    def send_messages(self, email_messages):
        with self._lock:
            for message in email_messages:
                headers = [("To", ", ".join(message.to)), ("Subject", message.subject)]
                self.stream.write(frame("E-mail", headers, text_of(message)))
                self.stream.flush()
        return len(email_messages)


def print_sms(row, stream=None):
    stream = stream or sys.stdout
    try:
        stream.write(frame("SMS", [("To", f"{row.recipient_name} {row.address}".strip())], row.body))
        stream.flush()
    except OSError:  # a closed terminal must not keep the message from counting as sent
        pass
