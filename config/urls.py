"""The site's URLs: every visitor-facing path carries its language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from awareness import views as awareness_views
from awareness.sitemaps import SITEMAPS

urlpatterns = [
    path("healthz", awareness_views.healthz, name="healthz"),
    path("robots.txt", awareness_views.robots_txt, name="robots"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
if settings.SERVE_MEDIA:
    # Story illustrations and resource PDFs; a proxy may serve /media/ instead.
    urlpatterns.append(re_path(r"^media/(?P<path>.+)$", awareness_views.media, name="media"))

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("stories.urls")),
    path("", include("quiz.urls")),
    path("", include("consultations.urls")),
    # The catch-all for content pages comes last, inside awareness.urls.
    path("", include("awareness.urls")),
)

handler400 = "awareness.views.bad_request"
handler403 = "awareness.views.permission_denied"
handler404 = "awareness.views.page_not_found"
handler500 = "awareness.views.server_error"
