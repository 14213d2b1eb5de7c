"""Links as people receive them: from the e-mail in Django's test outbox, or the SMS the Twilio SDK sent.

Rows of messages with personal links are wiped once sent, so tests read what was delivered, as people do.
"""

import re

from django.core import mail

LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def link_in_email(address, subject):
    message = next(m for m in mail.outbox if address in m.to and m.subject == subject)
    return LINK.search(message.body).group(1)


def link_in_sms(twilio, number):
    body = next(sms["Body"] for sms in twilio.sent if sms["To"] == number)
    return LINK.search(body).group(1)
