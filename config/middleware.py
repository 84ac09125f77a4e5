"""Project-wide middleware."""

from django.conf import settings
from django.middleware import csrf


class AdminContentSecurityPolicyMiddleware:
    """Give the admin its own (nonce-based) policy; public pages keep SECURE_CSP.

    Listed after Django's ContentSecurityPolicyMiddleware so that it sees the
    response first and the CSP middleware then builds the header from it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match is not None and match.namespace == "admin":
            response._csp_config = settings.ADMIN_CSP
        return response


class CsrfViewMiddleware(csrf.CsrfViewMiddleware):
    """Django's CSRF protection, made to work with ``Referrer-Policy: no-referrer``.

    Under that policy browsers send ``Origin: null`` (and no Referer) even on
    same-origin form posts, which Django would reject. The browser also sends
    ``Sec-Fetch-Site``, which a page cannot set or forge: when it says
    ``same-origin``, the null origin is accepted. The CSRF token is still
    checked on every such request.
    """

    def _origin_verified(self, request):
        if (
            request.META.get("HTTP_ORIGIN") == "null"
            and request.META.get("HTTP_SEC_FETCH_SITE") == "same-origin"
        ):
            return True
        return super()._origin_verified(request)
