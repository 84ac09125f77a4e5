from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from awareness.models import City, Language, Organisation, Service
from core.admin import MissingLanguageFilter, MissingLanguagesMixin
from core.languages import translated_fields


@admin.register(Service, City, Language)
class TermAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = ("name", "slug", "order", "missing_languages_display")
    list_editable = ("order",)
    list_filter = (MissingLanguageFilter,)
    search_fields = translated_fields("name")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Organisation)
class OrganisationAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = (
        "name",
        "city",
        "phone",
        "checked",
        "order",
        "status",
        "missing_languages_display",
    )
    list_editable = ("order", "status")
    list_filter = ("status", "city", "services", "languages", MissingLanguageFilter)
    list_select_related = ("city",)
    search_fields = translated_fields("name", "description")
    prepopulated_fields = {"slug": ("name",)}
    # A few services and languages: plain checkboxes are the clearest.
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    fieldsets = (
        (None, {"fields": ("name", "slug", "description", "services", "city")}),
        (
            _("Contact details"),
            {
                "fields": ("phone", "tel", "email", "website", "opening_hours", "languages"),
                "description": _(
                    "Give only details the organisation publishes itself, and record when "
                    "they were checked."
                ),
            },
        ),
        (_("Source and checking"), {"fields": ("source", "source_url", "checked")}),
        (_("Publishing"), {"fields": ("order", "status", "publish_at")}),
    )
