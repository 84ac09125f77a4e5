from django.urls import path
from django.utils.translation import gettext_lazy as _

from awareness import views

app_name = "awareness"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("help/"), views.help_page, name="help"),
    # The content pages' catch-all stays last: a page cannot take the address
    # of another view (Page.clean checks it).
    path("<slug:slug>/", views.page_detail, name="page"),
]
