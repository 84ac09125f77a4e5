"""Response headers Django's own middleware does not add.

- Cross-Origin-Resource-Policy: same-origin on every response, so that no other
  site can embed the site's pages, images or files (no-cors requests) — Django
  has no setting for it. The middleware sits at the top of MIDDLEWARE so that
  static files (WhiteNoise) get it too.
- Static files get the pages' CSP, nosniff and CORP from WhiteNoise
  (WHITENOISE_ADD_HEADERS_FUNCTION): an SVG or a text file opened directly
  runs under the same policy as a page.
"""

from django.conf import settings
from django.utils.csp import CSP, build_policy

CORP = "Cross-Origin-Resource-Policy"


class CrossOriginResourcePolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault(CORP, "same-origin")
        return response


def static_file_headers(headers, path: str, url: str) -> None:
    """WhiteNoise's hook: called once per file when WhiteNoise starts."""
    headers[str(CSP.HEADER_ENFORCE)] = build_policy(settings.SECURE_CSP)
    headers["X-Content-Type-Options"] = "nosniff"
    headers[CORP] = "same-origin"
