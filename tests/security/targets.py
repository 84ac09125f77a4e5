"""What the security suite attacks, found from the URLconf rather than listed by hand.

Every named route outside the admin is walked. A list view's parameters come
from its class (its filters and ``page``); a form's fields from its form class;
the few function views that read a parameter are named in PARAMETERS, and a
test checks that no other view reads request.GET or request.POST unnoticed.
"""

import inspect
from dataclasses import dataclass

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.views.generic.list import MultipleObjectMixin

from consultations.forms import AskForm, CodeForm, FollowUpForm
from core.listing import FilteredListView

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)

# Views (functions) that read query or form parameters, and which.
PARAMETERS = {
    "website:search": ("q",),
    "awareness:facts": ("page",),
    "awareness:page": ("page",),  # a top-level page lists its sub-pages a page at a time
    "sitemap-section": ("p",),
}
# Forms sent by POST: their fields, and (for the maximum lengths) the form class.
FORMS = {
    "consultations:ask": AskForm,
    "consultations:answer": CodeForm,
    "consultations:reply": FollowUpForm,
    "website:search": ("q",),
    "quiz:take": ("action", "state", "answer"),
}
# Keys a curious client tries on any address.
JUNK_KEYS = ("page", "q", "next", "lang", "language", "format", "callback", "id", "slug", "p")


@dataclass(frozen=True)
class Route:
    name: str
    pattern: URLPattern

    @property
    def callback(self):
        return inspect.unwrap(self.pattern.callback)

    @property
    def view_class(self):
        return getattr(self.pattern.callback, "view_class", None)

    @property
    def kwargs(self) -> tuple[str, ...]:
        return tuple(self.pattern.pattern.regex.groupindex)

    def get_parameters(self) -> tuple[str, ...]:
        """The query parameters the view reads."""
        cls = self.view_class
        if cls is not None and issubclass(cls, FilteredListView):
            return (*cls.filters, "page")
        if cls is not None and issubclass(cls, MultipleObjectMixin) and cls.paginate_by:
            return ("page",)
        return PARAMETERS.get(self.name, ())

    def reads_parameters(self) -> bool:
        """Does the view's own code (or its class's) read request.GET or request.POST?"""
        cls = self.view_class
        callback = self.callback
        sources = [callback if inspect.isfunction(callback) else type(callback)]
        if cls is not None:
            sources = list(cls.__mro__)
        text = "".join(inspect.getsource(s) for s in sources if _ours(s))
        return "request.GET" in text or "request.POST" in text


PROJECT_APPS = {"core", "awareness", "stories", "quiz", "consultations", "website", "config"}


def _ours(obj) -> bool:
    return obj.__module__.split(".")[0] in PROJECT_APPS


def routes() -> list[Route]:
    """Every named route of the site, the admin's aside (tests/security/test_staff_urls.py)."""
    found = []

    def walk(patterns, namespace=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if entry.namespace == "admin":
                    continue
                inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
                walk(entry.url_patterns, inner)
            elif isinstance(entry, URLPattern) and entry.name:
                found.append(Route(f"{namespace}{entry.name}", entry))

    walk(get_resolver().url_patterns)
    return found


def form_fields(name: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A form's field names and each text field's maximum length + 1."""
    spec = FORMS[name]
    if isinstance(spec, tuple):
        return spec, ()
    fields = spec.base_fields
    lengths = tuple(f.max_length + 1 for f in fields.values() if getattr(f, "max_length", None))
    return tuple(fields), lengths
