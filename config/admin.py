"""Django's admin site, served with its own Content-Security-Policy.

The public pages keep SECURE_CSP; every admin view (its login page included)
gets ADMIN_CSP through Django's csp_override() decorator. Installed in
place of django.contrib.admin by config.apps.CSPAdminConfig.
"""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import path
from django.views.decorators.csp import csp_override

from core import signin


class CSPAdminSite(admin.AdminSite):
    def admin_view(self, view, cacheable=False):
        """Every view of the site and of its model admins comes through here."""
        return csp_override(settings.ADMIN_CSP)(super().admin_view(view, cacheable))

    @login_not_required  # as Django's own login view is
    def login(self, request, extra_context=None):
        """The one admin view that is not wrapped by admin_view()."""
        return csp_override(settings.ADMIN_CSP)(super().login)(request, extra_context)

    def get_urls(self):
        """The second step of the staff sign-in (core.signin), inside the admin."""
        return [
            path("two-step/", self.admin_view(signin.two_step), name="two_step"),
            path("two-step/verify/", self.admin_view(signin.verify), name="two_step_verify"),
            *super().get_urls(),
        ]
