from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from core.admin import MissingLanguageFilter, MissingLanguagesMixin
from stories.models import ExploitationForm, RecruitmentMethod, Story, StoryStatus, WarningSign


class StoryAdminForm(forms.ModelForm):
    """Consent and the anonymisation check are ticked by staff and recorded with
    who ticked them and when; unticking clears the record."""

    consent_given = forms.BooleanField(
        label=_("The person's consent to publish is recorded"), required=False
    )
    details_removed = forms.BooleanField(
        label=_("I have checked that identifying details are removed"), required=False
    )
    user = None  # set by StoryAdmin.get_form

    class Meta:
        model = Story
        fields = "__all__"  # noqa: DJ007 - the admin's fieldsets choose what is shown

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent_given"].initial = bool(self.instance.consent_recorded_at)
        self.fields["details_removed"].initial = bool(self.instance.anonymised_at)

    def clean(self):
        cleaned = super().clean()
        now = timezone.now()
        for flag, stamp, by in (
            ("consent_given", "consent_recorded_at", "consent_recorded_by"),
            ("details_removed", "anonymised_at", "anonymised_by"),
        ):
            if not cleaned.get(flag):
                setattr(self.instance, stamp, None)
                setattr(self.instance, by, None)
            elif getattr(self.instance, stamp) is None:
                setattr(self.instance, stamp, now)
                setattr(self.instance, by, self.user)
        return cleaned


class WarningSignInline(TranslationTabularInline):
    model = WarningSign
    extra = 1
    fields = ("text", "order")


@admin.register(Story)
class StoryAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    form = StoryAdminForm
    inlines = [WarningSignInline]
    list_display = (
        "title",
        "status",
        "publish_at",
        "featured",
        "consent_display",
        "anonymised_display",
        "missing_languages_display",
    )
    list_filter = (
        "status",
        "featured",
        "forms",
        "recruitment",
        "age_group",
        MissingLanguageFilter,
    )
    list_select_related = ("consent_recorded_by", "anonymised_by")
    search_fields = [
        f"{field}_{code}"
        for field in ("title", "pseudonym", "summary")
        for code, _n in settings.LANGUAGES
    ]
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("forms", "recruitment")
    readonly_fields = ("consent_record", "anonymisation_record", "created", "updated")
    actions = ("send_to_review", "publish")
    fieldsets = (
        (None, {"fields": ("title", "slug", "pseudonym", "summary", "body")}),
        (
            _("About the story"),
            {
                "fields": (
                    "forms",
                    "recruitment",
                    "destination",
                    ("period_start", "period_end"),
                    "age_group",
                    "is_composite",
                    "featured",
                )
            },
        ),
        (_("Illustration"), {"fields": ("illustration", "illustration_alt")}),
        (
            _("Before publishing (staff only)"),
            {
                "fields": (
                    "consent_given",
                    "consent_record",
                    "details_removed",
                    "anonymisation_record",
                    "source",
                    "internal_notes",
                )
            },
        ),
        (_("Publishing"), {"fields": ("status", "publish_at", "created", "updated")}),
    )

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    @admin.display(description=_("consent"), boolean=True)
    def consent_display(self, obj) -> bool:
        return obj.consent_recorded_at is not None

    @admin.display(description=_("anonymised"), boolean=True)
    def anonymised_display(self, obj) -> bool:
        return obj.anonymised_at is not None

    @admin.display(description=_("consent recorded"))
    def consent_record(self, obj) -> str:
        return _record(obj.consent_recorded_at, obj.consent_recorded_by)

    @admin.display(description=_("identifying details checked"))
    def anonymisation_record(self, obj) -> str:
        return _record(obj.anonymised_at, obj.anonymised_by)

    @admin.action(description=_("Send the selected stories to review"), permissions=["change"])
    def send_to_review(self, request, queryset):
        count = 0
        for story in queryset.filter(status=StoryStatus.DRAFT):  # one save each: the audit trail
            story.status = StoryStatus.REVIEW
            story.save(update_fields=["status", "updated"])
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d story sent to review.", "%(count)d stories sent to review.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Publish the selected stories"), permissions=["change"])
    def publish(self, request, queryset):
        """Only stories in review: review cannot be skipped (docs/architecture.md)."""
        in_review = queryset.filter(status=StoryStatus.REVIEW)
        ready = in_review.publishable()
        refused = in_review.exclude(pk__in=ready.values("pk"))
        refused_titles = ", ".join(str(story) for story in refused)
        drafts = queryset.filter(status=StoryStatus.DRAFT).count()
        count = 0
        for story in ready:  # save() fills in the publish time
            story.status = StoryStatus.PUBLISHED
            story.save(update_fields=["status", "publish_at", "updated"])
            count += 1
        if drafts:
            self.message_user(
                request,
                ngettext(
                    "%(count)d story was skipped: it is a draft, and a story is read in review "
                    "before it is published. Send it to review first.",
                    "%(count)d stories were skipped: they are drafts, and a story is read in "
                    "review before it is published. Send them to review first.",
                    drafts,
                )
                % {"count": drafts},
                messages.WARNING,
            )
        if count:
            self.message_user(
                request,
                ngettext("%(count)d story published.", "%(count)d stories published.", count)
                % {"count": count},
                messages.SUCCESS,
            )
        if refused_titles:
            self.message_user(
                request,
                _(
                    "Not published, because consent or the anonymisation check is not recorded: "
                    "%(titles)s"
                )
                % {"titles": refused_titles},
                messages.ERROR,
            )


def _record(when, who) -> str:
    if when is None:
        return "—"
    name = who.get_username() if who else _("a deleted account")
    return _("%(when)s by %(who)s") % {
        "when": timezone.localtime(when).strftime("%Y-%m-%d %H:%M"),
        "who": name,
    }


@admin.register(ExploitationForm, RecruitmentMethod)
class TermAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = ("name", "slug", "order", "missing_languages_display")
    list_editable = ("order",)
    list_filter = (MissingLanguageFilter,)
    search_fields = [f"name_{code}" for code, _n in settings.LANGUAGES]
    prepopulated_fields = {"slug": ("name",)}
