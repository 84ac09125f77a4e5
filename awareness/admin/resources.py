from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from awareness.models import Resource
from core.languages import translated_fields


@admin.register(Resource)
class ResourceAdmin(TabbedTranslationAdmin):
    list_display = ("title", "kind", "language", "year", "publisher", "status")
    list_filter = ("status", "kind", "language", "year")
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
