from django.urls import path
from django.utils.translation import gettext_lazy as _

from consultations import views

app_name = "consultations"

urlpatterns = [
    path(_("consultation/"), views.ask, name="ask"),
    path(_("consultation/answer/"), views.lookup, name="answer"),
    path(_("consultation/reply/"), views.reply, name="reply"),
]
