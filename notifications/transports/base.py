"""What a transport answers: sent (with the provider's id), a permanent error, or try again later."""

from dataclasses import dataclass

SENT, PERMANENT, TRANSIENT = "sent", "permanent", "transient"


@dataclass(frozen=True)
class Outcome:
    kind: str
    provider_id: str = ""
    error_code: str = ""
    error_text: str = ""
    flag_phone: bool = False  # the number itself is the problem (invalid, opted out, not a mobile)

    @classmethod
    def sent(cls, provider_id=""):
        return cls(SENT, provider_id=provider_id)
