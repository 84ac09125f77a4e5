"""The awareness app's content: pages, the help directory, news, resources, facts."""

from awareness.models.directory import City, Language, Organisation, Service
from awareness.models.facts import Display, Figure, Theme
from awareness.models.news import NewsItem, NewsKind
from awareness.models.pages import HomePage, Hotline, Page, dial_validator
from awareness.models.resources import Resource, ResourceKind
from core.models import Term

__all__ = [
    "City",
    "Display",
    "Figure",
    "HomePage",
    "Hotline",
    "NewsKind",
    "Language",
    "NewsItem",
    "Organisation",
    "Page",
    "Resource",
    "ResourceKind",
    "Service",
    "Term",
    "Theme",
    "dial_validator",
]
