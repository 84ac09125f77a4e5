from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from awareness.models import Resource
from core.admin import MissingLanguageFilter, MissingLanguagesMixin
from core.languages import translated_fields


@admin.register(Resource)
class ResourceAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = (
        "title",
        "kind",
        "language",
        "year",
        "publisher",
        "status",
        "missing_languages_display",
    )
    list_filter = ("status", "kind", "language", "year", MissingLanguageFilter)
    list_select_related = ("language",)
    search_fields = translated_fields("title", "description", "publisher")
    prepopulated_fields = {"slug": ("title",)}
    fields = (
        "title",
        "slug",
        "kind",
        "description",
        "document",
        "url",
        "language",
        "year",
        "publisher",
        "status",
        "publish_at",
    )

    def delete_queryset(self, request, queryset):
        # One by one, so each uploaded PDF leaves the server with its row.
        for resource in queryset:
            resource.delete()
