from django.urls import path
from django.utils.translation import gettext_lazy as _

from quiz import views

app_name = "quiz"

urlpatterns = [
    path(_("risk-test/"), views.index, name="index"),
    path(_("risk-test/<slug:slug>/"), views.take, name="take"),
]
