"""The test's progress, carried by the visitor's own form.

Nothing is kept on the server and nothing goes into a URL or a cookie: the
answers so far travel in a hidden field, signed (so they cannot be forged)
and time-stamped (so an old page cannot be replayed after STATE_MAX_AGE).
See docs/risk-test-privacy.md.
"""

import secrets
from dataclasses import dataclass, field

from django.core import signing

SALT = "quiz.state"
STATE_MAX_AGE = 2 * 60 * 60  # seconds


class StateError(Exception):
    """The state is missing, forged, expired or belongs to another version."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class State:
    questionnaire_id: int
    fingerprint: str
    index: int = 0
    answers: dict[int, list[int]] = field(default_factory=dict)
    nonce: str = field(default_factory=lambda: secrets.token_urlsafe(12))

    def dumps(self) -> str:
        data = {
            "q": self.questionnaire_id,
            "f": self.fingerprint,
            "i": self.index,
            "a": {str(k): v for k, v in self.answers.items()},
            "n": self.nonce,
        }
        return signing.dumps(data, salt=SALT, compress=True)

    @classmethod
    def loads(cls, token: str | None, questionnaire_id: int, fingerprint: str) -> "State":
        if not token:
            raise StateError("missing")
        try:
            data = signing.loads(token, salt=SALT, max_age=STATE_MAX_AGE)
        except signing.SignatureExpired:
            raise StateError("expired") from None
        except signing.BadSignature:
            raise StateError("forged") from None
        try:
            state = cls(
                questionnaire_id=int(data["q"]),
                fingerprint=str(data["f"]),
                index=int(data["i"]),
                nonce=str(data["n"]),
                answers={int(k): [int(c) for c in v] for k, v in data["a"].items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise StateError("forged") from None
        if state.questionnaire_id != questionnaire_id:
            raise StateError("forged")
        if state.fingerprint != fingerprint:
            raise StateError("changed")
        return state
