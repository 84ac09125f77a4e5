from django.contrib.admin.apps import AdminConfig


class CSPAdminConfig(AdminConfig):
    """django.contrib.admin with config.admin.CSPAdminSite as admin.site."""

    default_site = "config.admin.CSPAdminSite"
