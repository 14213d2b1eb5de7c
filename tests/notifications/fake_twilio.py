"""A fake for the Twilio SDK's HTTP transport only: the real SDK builds requests and parses answers."""

import itertools
import json
import logging

from twilio.http import HttpClient
from twilio.http.response import Response

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "test-auth-token-0123456789abcdef"


def message_json(sid, to="+4741234567", status="queued"):
    return {
        "sid": sid,
        "account_sid": ACCOUNT_SID,
        "to": to,
        "from": "+4759440000",
        "body": "",
        "status": status,
        "num_segments": "1",
        "direction": "outbound-api",
        "api_version": "2010-04-01",
        "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json",
    }


def error_json(status, code, message="Error"):
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


class FakeTwilioHttpClient(HttpClient):
    """Records every request; answers from ``script`` (status, json) or raises, else a new message sid."""

    def __init__(self):
        super().__init__(logger=logging.getLogger("tests.fake_twilio"), is_async=False)
        self.requests = []
        self.script = []
        self._sids = itertools.count(1)

    def reply(self, *answers):
        """Queue answers for the next requests: (status, json) tuples or exceptions to raise."""
        self.script.extend(answers)

    def request(
        self, method, uri, params=None, data=None, headers=None, auth=None, timeout=None, allow_redirects=False
    ):
        self.requests.append({"method": method, "uri": uri, "data": dict(data or {}), "auth": auth})
        answer = self.script.pop(0) if self.script else None
        if isinstance(answer, BaseException):
            raise answer
        if answer is None:
            sid = f"SM{next(self._sids):032x}"
            answer = (201, message_json(sid, to=(data or {}).get("To", "")))
        status, body = answer
        return Response(status, json.dumps(body))

    @property
    def sent(self):
        return [request["data"] for request in self.requests if request["uri"].endswith("/Messages.json")]
