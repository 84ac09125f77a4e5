"""The admin for content staff, one module per section."""

from awareness.admin import directory, facts, news, pages, resources

__all__ = ["directory", "facts", "news", "pages", "resources"]
