"""gunicorn settings (`make run`, and production unless overridden)."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", min(4, multiprocessing.cpu_count() * 2 + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = 30
graceful_timeout = 20
max_requests = 2000
max_requests_jitter = 200
preload_app = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Access log without the visitor's address, the query string or the referrer:
# the method, the path, the status and the time taken.
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
errorlog = "-"
# Escapes control characters in every line (a %0d%0a in a path cannot forge a
# line) and keeps client IP addresses out of the error log (core/gunicorn_logging.py).
logger_class = "core.gunicorn_logging.SafeLogger"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
