from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from awareness.models import Figure, Theme


class FigureInline(TranslationTabularInline):
    model = Figure
    extra = 1
    fields = ("label", "value", "unit", "year", "year_end", "source", "source_url", "order")


@admin.register(Theme)
class ThemeAdmin(TabbedTranslationAdmin):
    list_display = ("title", "display", "order", "published")
    list_editable = ("order", "published")
    list_filter = ("published", "display")
    prepopulated_fields = {"slug": ("title",)}
    inlines = [FigureInline]
