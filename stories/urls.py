from django.urls import path
from django.utils.translation import gettext_lazy as _

from stories import views

app_name = "stories"

urlpatterns = [
    path(_("stories/"), views.StoryListView.as_view(), name="list"),
    path(_("stories/<slug:slug>/"), views.story_detail, name="detail"),
]
