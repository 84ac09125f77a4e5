"""The site's URLs: every visitor-facing path carries its language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from core import views as core_views
from website import views as website_views
from website.sitemaps import SITEMAPS

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", website_views.robots_txt, name="robots"),
    # An index of one sitemap per kind of content, each in pages (website/sitemaps.py).
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]
if settings.SERVE_MEDIA:
    # Story illustrations and resource PDFs; a proxy may serve /media/ instead.
    urlpatterns.append(re_path(r"^media/(?P<path>.+)$", core_views.media, name="media"))

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("stories.urls")),
    path("", include("quiz.urls")),
    path("", include("consultations.urls")),
    path("", include("website.urls")),
    # The catch-all for content pages comes last, inside awareness.urls.
    path("", include("awareness.urls")),
)

handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
