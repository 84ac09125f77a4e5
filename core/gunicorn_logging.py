"""gunicorn's logger with the site's log hygiene (gunicorn.conf.py ``logger_class``).

gunicorn writes the decoded request path into the access log (``%(U)s``), so
``%0d%0a`` in an address would forge a log line and ``%00`` write a NUL byte;
and its error log names the client's address on a malformed request
("Invalid request from ip=..."). This logger escapes control characters in
every access and error line (core.logging.escape_controls) and removes IP
addresses from the error log. The access log format itself has no address.
"""

from gunicorn.glogging import Logger

from core.logging import EscapingFormatter


class SafeLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)  # (re)creates the handlers, on start and on reload
        for log, redact in ((self.error_log, True), (self.access_log, False)):
            for handler in log.handlers:
                if not isinstance(handler.formatter, EscapingFormatter):
                    handler.setFormatter(
                        EscapingFormatter(redact_ips=redact, wrapped=handler.formatter)
                    )
