"""Signing webhook requests the way Twilio does, against the public URL."""

from twilio.request_validator import RequestValidator

from tests.notifications.fake_twilio import AUTH_TOKEN

PUBLIC = "https://tidgiver.example.org"


def signed_post(client, path, data, *, public_base=PUBLIC, token=AUTH_TOKEN, signature=None, **extra):
    if signature is None:
        signature = RequestValidator(token).compute_signature(public_base + path, data)
    headers = {"HTTP_X_TWILIO_SIGNATURE": signature} if signature else {}
    return client.post(path, data, **headers, **extra)
