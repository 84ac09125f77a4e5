"""The admin for content staff, one module per section."""

from awareness.admin import directory, facts, news, pages, resources
from awareness.admin.pages import MissingLanguagesMixin

__all__ = ["MissingLanguagesMixin", "directory", "facts", "news", "pages", "resources"]
