"""The site's URLs: every visitor-facing path carries its language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from awareness import views as awareness_views

urlpatterns = [
    path("healthz", awareness_views.healthz, name="healthz"),
]
if settings.SERVE_MEDIA:
    # Story illustrations, re-encoded on upload; a proxy may serve /media/ instead.
    urlpatterns.append(
        re_path(r"^media/(?P<path>.+)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

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
