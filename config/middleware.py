"""Project-wide middleware."""

from django.conf import settings


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
