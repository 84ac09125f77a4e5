from django.urls import path
from django.utils.translation import gettext_lazy as _

from website import views

app_name = "website"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("search/"), views.search, name="search"),
]
