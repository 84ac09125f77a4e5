"""Reference codes: shown to the visitor once, kept on the server only as a hash.

16 characters from a 31-letter alphabet without look-alikes (no 0/O, 1/I/L):
about 79 bits, so guessing one is hopeless, even more so under the rate limit.
Written in groups of four to be easy to copy down and type back.
"""

import hashlib
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 16
GROUP = 4


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise(typed: str) -> str:
    """What the visitor typed, in the form the code was issued: case, spaces and
    hyphens do not matter."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + GROUP] for i in range(0, len(cleaned), GROUP))


def code_hash(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()
