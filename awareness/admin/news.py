from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from awareness.models import NewsItem
from core.admin import MissingLanguageFilter, MissingLanguagesMixin
from core.languages import translated_fields


@admin.register(NewsItem)
class NewsItemAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = (
        "title",
        "kind",
        "publish_at",
        "event_start",
        "status",
        "missing_languages_display",
    )
    list_filter = ("status", "kind", MissingLanguageFilter)
    date_hierarchy = "publish_at"
    search_fields = translated_fields("title", "summary", "body")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("updated",)
    fieldsets = (
        (None, {"fields": ("kind", "title", "slug", "summary", "body")}),
        (
            _("Event"),
            {
                "fields": ("event_start", "event_end", "place"),
                "description": _("Only for events: when and where."),
            },
        ),
        (_("Source"), {"fields": ("source", "source_url")}),
        (_("Publishing"), {"fields": ("status", "publish_at", "updated")}),
    )
