from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from awareness.models import HomePage, Hotline, Page
from core.admin import MissingLanguageFilter, MissingLanguagesMixin
from core.languages import translated_fields
from core.publishing import Status

admin.site.site_header = _("Stop human trafficking: site administration")
admin.site.site_title = _("Site administration")
admin.site.index_title = _("Content")


@admin.register(Page)
class PageAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = (
        "title",
        "parent",
        "menu_order",
        "status",
        "publish_at",
        "updated",
        "missing_languages_display",
    )
    list_display_links = ("title",)
    list_filter = (
        "status",
        ("parent", admin.RelatedOnlyFieldListFilter),
        MissingLanguageFilter,
    )
    list_select_related = ("parent",)
    search_fields = translated_fields("title", "summary", "body")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("created", "updated")
    actions = ("publish", "unpublish")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Place in the menu"), {"fields": ("parent", "menu_order")}),
        (
            _("Publishing"),
            {"fields": ("status", "publish_at", "meta_description", "created", "updated")},
        ),
    )

    @admin.action(description=_("Publish the selected pages"), permissions=["change"])
    def publish(self, request, queryset):
        count = queryset.publish()
        message = ngettext("%(count)d page published.", "%(count)d pages published.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Unpublish the selected pages"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = queryset.set_status(Status.DRAFT)
        message = ngettext("%(count)d page unpublished.", "%(count)d pages unpublished.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)


@admin.register(Hotline)
class HotlineAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = ("name", "number", "hours", "order", "active", "missing_languages_display")
    list_editable = ("order", "active")
    list_filter = ("active", MissingLanguageFilter)
    search_fields = ("name", "number")
    filter_horizontal = ("languages",)


@admin.register(HomePage)
class HomePageAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    """One home page: the list goes straight to it, and it cannot be deleted."""

    # Seen only before the home page exists; then the list opens the page itself.
    list_display = ("__str__", "missing_languages_display")
    list_filter = (MissingLanguageFilter,)
    fieldsets = (
        (_("Introduction"), {"fields": ("intro_title", "intro")}),
        (
            _("Call to take the risk test"),
            {"fields": ("test_title", "test_text", "test_link_label")},
        ),
    )

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not HomePage.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        # Checked first, as Django's own list does: no redirect for those who may not look.
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        home = HomePage.objects.first()
        if home is not None:
            return redirect("admin:awareness_homepage_change", home.pk)
        return super().changelist_view(request, extra_context)
