from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from awareness.models import Display, Figure, Theme
from core.admin import MissingLanguageFilter, MissingLanguagesMixin
from core.languages import language_codes


class FigureFormSet(BaseInlineFormSet):
    """A bar chart compares like with like: its figures share one unit."""

    def clean(self):
        super().clean()
        if self.instance.display != Display.BARS:
            return
        for code in language_codes():
            units = {
                form.cleaned_data.get(f"unit_{code}") or ""
                for form in self.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            }
            if len(units) > 1:
                raise ValidationError(
                    _(
                        "The figures of a bar chart must share one unit (now: %(units)s). "
                        "Show them as key figures, or split them into two themes."
                    ),
                    params={"units": ", ".join(sorted(unit or "—" for unit in units))},
                )


class FigureInline(TranslationTabularInline):
    model = Figure
    formset = FigureFormSet
    extra = 1
    # "62,5" in the Lithuanian admin.
    formfield_overrides = {models.DecimalField: {"localize": True}}
    fields = ("label", "value", "unit", "year", "year_end", "source", "source_url", "order")


@admin.register(Theme)
class ThemeAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = ("title", "display", "order", "status", "missing_languages_display")
    list_editable = ("order", "status")
    list_filter = ("status", "display", MissingLanguageFilter)
    prepopulated_fields = {"slug": ("title",)}
    inlines = [FigureInline]
