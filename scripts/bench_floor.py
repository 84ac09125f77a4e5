"""The "framework floor" for `make bench`: a bare Django project beside the site.

One view rendering a template of about 4 KB, no database, no sessions, no apps,
and one middleware: GZip, because the bench asks for compressed responses as a
browser does and the site compresses its pages. It runs under the same gunicorn
settings as the site (gunicorn.conf.py: workers, threads, logging), so the
ratio of a page's requests per second to the floor's says what the site adds to
what Django and gunicorn cost at least on this machine:

    gunicorn --config gunicorn.conf.py --pythonpath scripts bench_floor:application
"""

import os

from django.conf import settings

PARAGRAPH = (
    "<p>This paragraph stands in for the text of a page: a few sentences of plain "
    "prose about working abroad safely, the warning signs of exploitation and where "
    "to find help, about as long as the site's own paragraphs are.</p>\n"
)
TEMPLATE = (
    "<!doctype html>\n"
    '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    "<title>{{ title }}</title>\n</head>\n<body>\n"
    "<header><nav><ul>{% for item in menu %}"
    '<li><a href="/{{ item }}/">{{ item|capfirst }}</a></li>{% endfor %}</ul></nav></header>\n'
    "<main>\n<h1>{{ title }}</h1>\n" + PARAGRAPH * 15 + "</main>\n"
    "<footer><p>{{ footer }}</p></footer>\n</body>\n</html>\n"
)
MENU = ["stories", "help", "news", "resources", "facts", "risk-test", "consultation"]

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or "bench-floor-only",  # noqa: S106
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=[],
        DATABASES={},
        MIDDLEWARE=["django.middleware.gzip.GZipMiddleware"],
        USE_I18N=False,
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "OPTIONS": {
                    "loaders": [("django.template.loaders.locmem.Loader", {"floor.html": TEMPLATE})]
                },
            }
        ],
    )

import django  # noqa: E402

django.setup()

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.shortcuts import render  # noqa: E402
from django.urls import path  # noqa: E402


def page(request):
    context = {"title": "The framework floor", "menu": MENU, "footer": "A bare Django page."}
    return render(request, "floor.html", context)


urlpatterns = [path("", page)]

application = get_wsgi_application()
