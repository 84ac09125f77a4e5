from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from consultations.audit import record_reading
from consultations.models import Consultation, ConsultationStatus, Message


class MessageInline(admin.StackedInline):
    """The thread: earlier messages read-only; a consultant adds the answer."""

    model = Message
    extra = 1
    fields = ("author", "text", "created")
    readonly_fields = ("author", "created")

    def has_change_permission(self, request, obj=None):
        return False  # what was said stays as it was said

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Consultation)
class ConsultationAdmin(admin.ModelAdmin):
    list_display = ("number", "topic", "status", "language", "assigned_to", "created", "updated")
    list_filter = ("status", "topic", "language", ("assigned_to", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("assigned_to",)
    search_fields = ("=id", "messages__text")
    fields = ("topic", "language", "contact", "status", "assigned_to", "created", "closed_at")
    readonly_fields = ("topic", "language", "contact", "created", "closed_at")
    inlines = [MessageInline]

    def has_add_permission(self, request):
        return False  # consultations come only from visitors

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        consultation = getattr(response, "context_data", {}).get("original")
        if request.method == "GET" and response.status_code == 200 and consultation:
            record_reading(consultation)  # the audit trail: who read it
        return response

    def save_formset(self, request, form, formset, change):
        messages = formset.save(commit=False)
        for message in messages:
            message.author = Message.Author.STAFF
            message.staff_user = request.user
            message.save()
        consultation = form.instance
        if messages and consultation.status == ConsultationStatus.NEW:
            consultation.status = ConsultationStatus.ANSWERED
            if consultation.assigned_to is None:
                consultation.assigned_to = request.user
            consultation.save()

    @admin.display(description=_("consultation"), ordering="pk")
    def number(self, obj) -> str:
        return str(obj)
