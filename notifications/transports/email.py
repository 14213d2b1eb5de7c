"""E-mail through Django's mail backend, with a text part and an HTML part from the same template."""

import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from .base import PERMANENT, TRANSIENT, Outcome


def build_email(row):
    message = EmailMultiAlternatives(
        subject=row.subject, body=row.body, from_email=settings.DEFAULT_FROM_EMAIL, to=[row.address]
    )
    html = row.html_body or render_to_string(  # html_body: an e-mail written elsewhere (allauth's) as HTML
        "notifications/email/message.html",
        {"subject": row.subject, "body": row.body, "site_name": settings.WAGTAIL_SITE_NAME, "language": row.language},
    )
    message.attach_alternative(html, "text/html")
    return message


def send_email(row):
    try:
        build_email(row).send()
    except smtplib.SMTPRecipientsRefused as error:
        return Outcome(PERMANENT, error_code="recipient-refused", error_text=_codes(error))
    except (smtplib.SMTPException, OSError) as error:
        return Outcome(TRANSIENT, error_code="smtp", error_text=type(error).__name__)
    return Outcome.sent()


def _codes(error):
    # The refused addresses are the dict's keys; keep only the SMTP codes and messages.
    return "; ".join(f"{code} {message!r}" for code, message in error.recipients.values())[:1000]
