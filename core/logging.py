"""Log lines that cannot be forged: control characters escaped, client addresses left out.

Anything a visitor sends (a path, a header, a form field quoted in an error)
may reach a log line. ``\\r\\n`` in it would start a new, forged line, a NUL
byte would cut the line short for some readers, and terminal escapes could
rewrite what an operator sees. ``escape_controls`` writes every C0 and C1
control character (and DEL, and the Unicode line and paragraph separators)
as a visible escape, and a backslash as ``\\\\``, so that an escape in the log
always means the character it names: each record is exactly one line.

``EscapingFormatter`` is used by Django's LOGGING (config/settings.py);
``core.gunicorn_logging.SafeLogger`` does the same for gunicorn's logs.
"""

import ipaddress
import logging
import re

_NAMED = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
# C0 controls, the backslash, DEL, C1 controls, and U+2028/U+2029 (line breaks
# to some log viewers).
_CONTROLS = re.compile("[\\x00-\\x1f\\\\\\x7f-\\x9f\\u2028\\u2029]")


def _escape_one(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` on one line, with every control character written as an escape."""
    return _CONTROLS.sub(_escape_one, text)


# Candidates only: each is confirmed with the ipaddress module, so that times
# ("17:45:03") and version numbers stay as they are.
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
_IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?:%\w+)?")
REDACTED = "[ip]"


def _redact_ipv6(match: re.Match) -> str:
    candidate = match.group()
    address = candidate.split("%", 1)[0]
    for text in (address, address.rstrip(":.")):
        try:
            ipaddress.IPv6Address(text)
        except ValueError:
            continue
        return REDACTED + candidate[len(text) :] if text != address else REDACTED
    return candidate


def _redact_ipv4(match: re.Match) -> str:
    try:
        ipaddress.IPv4Address(match.group())
    except ValueError:
        return match.group()
    return REDACTED


def redact_ips(text: str) -> str:
    """``text`` with every IPv4 and IPv6 address replaced by ``[ip]``."""
    return _IPV4.sub(_redact_ipv4, _IPV6.sub(_redact_ipv6, text))


class EscapingFormatter(logging.Formatter):
    """A formatter whose every record comes out as one line, controls escaped.

    The message, its arguments and the exception text (a traceback's line
    breaks included) are all part of the formatted text that is escaped.
    With ``redact_ips=True`` IP addresses are replaced too. ``wrapped``: an
    existing formatter to escape the output of (gunicorn's own).
    """

    def __init__(self, *args, redact_ips: bool = False, wrapped=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.redact_ips = redact_ips
        self.wrapped = wrapped

    def format(self, record: logging.LogRecord) -> str:
        text = self.wrapped.format(record) if self.wrapped else super().format(record)
        if self.redact_ips:
            text = redact_ips(text)
        return escape_controls(text)
