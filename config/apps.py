import axes.apps
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class CSPAdminConfig(AdminConfig):
    """django.contrib.admin with config.admin.CSPAdminSite as admin.site."""

    default_site = "config.admin.CSPAdminSite"


class AxesConfig(axes.apps.AppConfig):
    """django-axes (wrong-password lock-out, core.signin) under a translated name
    in the admin."""

    verbose_name = _("Sign-in protection")
