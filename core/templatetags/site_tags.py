from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from core import inline_style
from core.languages import fallback_language
from core.sanitize import safe_html

register = template.Library()
LOWER_CASE_NAMES = {"lt", "ru", "uk"}
OG_LOCALES = {"lt": "lt_LT", "en": "en_GB", "ru": "ru_RU", "uk": "uk_UA"}
# Django's name_local for Lithuanian is the adverb "Lietuviškai" ("in Lithuanian");
# a standalone label in a language list is "Lietuvių" (short for "lietuvių kalba").
LOCAL_NAMES = {"lt": "Lietuvių"}


@register.simple_tag
def site_stylesheet() -> SafeString:
    """The site's CSS in a <style> element, byte for byte the text whose hash
    SECURE_CSP allows (core/inline_style.py)."""
    return mark_safe(f"<style>{inline_style.load().text}</style>")  # noqa: S308 our own file


@register.filter
def clean_html(value: str) -> SafeString:
    """Render staff-written HTML through the allow-list again."""
    return safe_html(value)


@register.simple_tag(takes_context=True)
def alternates(context) -> list[dict]:
    """The current page in every language: for the switcher and hreflang links.

    Objects with get_absolute_url() give their own translated address
    (translated slugs); other pages translate the path itself.
    """
    request = context.get("request")
    if request is None:
        return []
    match = getattr(request, "resolver_match", None)
    in_admin = match is not None and match.namespace == "admin"
    obj = None if in_admin else context.get("object")
    to_home = context.get("alternates_to_home", False)
    current = translation.get_language()
    result = []
    for code, _name in settings.LANGUAGES:
        if obj is not None and hasattr(obj, "get_absolute_url"):
            with translation.override(code):
                path = obj.get_absolute_url()
        elif to_home and code != current:
            # An error page: the same address may not exist in the other
            # language, so offer that language's home page.
            with translation.override(code):
                path = reverse("website:home")
        else:
            # Filters and page numbers use the same keys in every language.
            path = translate_url(request.path, code) + _query(request)
        result.append(
            {
                "code": code,
                "name": local_name(code),
                "path": path,
                "url": _absolute(request, path),
                "current": code == current,
            }
        )
    return result


def local_name(code: str) -> str:
    """The language's name in itself, as a standalone label: Lietuvių, English,
    Русский, Українська (each capitalised as a label at the start of a line)."""
    name = LOCAL_NAMES.get(code) or str(translation.get_language_info(code)["name_local"])
    return name[:1].upper() + name[1:]


@register.simple_tag
def shown_language(obj, field: str) -> str:
    """The language ``field`` is shown in, when the current one has no text.

    Returns '' when the text exists in the current language.
    """
    return fallback_language(obj, field, translation.get_language())


@register.simple_tag
def text_lang(obj, field: str) -> str:
    """` lang="lt"` for the element holding ``field`` when it is shown in a
    fallback language; '' when it is in the page's language."""
    code = shown_language(obj, field)
    return format_html(' lang="{}"', code) if code else ""


@register.simple_tag
def fallback_marker(obj, field: str) -> str:
    """A short "(in Lithuanian)" after a card's title when ``field`` falls back.

    The marker is in the page's language, so it carries that language's lang
    (the card around it may carry the fallback's)."""
    code = shown_language(obj, field)
    if not code:
        return ""
    text = gettext("(in %(language)s)") % {"language": language_name(code)}
    return format_html(
        ' <span class="fallback-marker" lang="{}">{}</span>', translation.get_language(), text
    )


@register.filter
def language_name(code: str) -> str:
    """The language's name in the current language, e.g. 'lietuvių'."""
    if not code:
        return ""
    name = str(translation.get_language_info(code)["name_translated"])
    # Mid-sentence, Lithuanian (like Russian, Ukrainian) writes language names small.
    return name.lower() if translation.get_language() in LOWER_CASE_NAMES else name


def _query(request) -> str:
    return f"?{request.GET.urlencode()}" if request.method == "GET" and request.GET else ""


def _absolute(request, path: str) -> str:
    try:
        return request.build_absolute_uri(path)
    except DisallowedHost:
        # The 400 page for a bad Host header must still render.
        return path


@register.simple_tag(takes_context=True)
def query_with(context, key: str, value) -> str:
    """The current query string with ``key`` set to ``value`` (removed when empty).

    Changing a filter goes back to the first page of results.
    """
    params = context["request"].GET.copy()
    if key != "page":
        params.pop("page", None)
    if value in (None, ""):
        params.pop(key, None)
    else:
        params[key] = str(value)
    return params.urlencode()


class CaptureNode(template.Node):
    def __init__(self, nodelist, name: str):
        self.nodelist, self.name = nodelist, name

    def render(self, context) -> str:
        # Rendered (and so escaped) already: keep it from being escaped twice.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}...{% endcapture %}: render once, use twice (title,
    description and their Open Graph copies)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.filter
def og_locale(code: str) -> str:
    """Open Graph wants a territory too: lt -> lt_LT."""
    return OG_LOCALES.get(code, code)


@register.filter
def html_datetime(value) -> str:
    """A time as HTML's datetime attribute allows it: whole seconds and the
    offset (Django's "c" format adds microseconds, which HTML does not allow)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")
