"""Staff-only addresses: every admin URL, in every language, refused to visitors
and to every group without the permission.

The URLs come from the admin site itself (every registered ModelAdmin's URLs,
custom views such as the risk test's statistics included, and the site's own
views); the permissions from each group's actual permissions in the database
(created by the apps' data migrations), so the test follows them as they change.
"""

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from axes.models import AccessAttempt
from django.contrib import admin
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.urls import URLPattern, reverse
from django.utils import translation

from consultations.codes import code_hash, new_code
from consultations.models import Consultation
from stories.models import Story
from tests.security.conftest import assert_no_access, new_client, sign_in
from tests.security.targets import LANGUAGES

# The permission each kind of model admin view asks for; a custom view
# (statistics) asks for "view" unless named here.
ACTIONS = {
    "changelist": "view",
    "history": "view",
    "change": "view",
    "add": "add",
    "delete": "delete",
    "password_change": "change",  # a user's password, in the user admin
}
DEEP = os.environ.get("SECURITY_DEEP") == "1"
# Every staff member's own pages: their password, the admin's translations; and
# "view on site", Django's redirect from an object to its public address.
OWN = {"index", "password_change", "password_change_done", "jsi18n"}
REDIRECTS = {"view_on_site"}


@dataclass(frozen=True)
class AdminURL:
    name: str
    path: str
    model_admin: admin.ModelAdmin | None = None
    action: str = ""
    obj: object = None


def _model_admin_urls(model, model_admin) -> list[AdminURL]:
    opts = model._meta
    prefix = f"{opts.app_label}_{opts.model_name}_"
    obj = model._default_manager.order_by("pk").first()
    assert obj is not None, f"no {opts.label} to try the admin's object pages on"
    found = []
    for pattern in model_admin.urls:
        if not isinstance(pattern, URLPattern) or not pattern.name:
            continue
        kwargs = {key: str(obj.pk) for key in pattern.pattern.regex.groupindex}
        suffix = pattern.name.removeprefix(prefix)
        action = ACTIONS.get(suffix, "view")
        path = reverse(f"admin:{pattern.name}", kwargs=kwargs)
        found.append(AdminURL(pattern.name, path, model_admin, action, obj if kwargs else None))
    return found


def admin_urls(language: str) -> list[AdminURL]:
    with translation.override(language):
        urls = [AdminURL(name, reverse(f"admin:{name}")) for name in sorted(OWN)]
        urls.append(AdminURL("autocomplete", reverse("admin:autocomplete")))
        story = Story.objects.order_by("pk").first()
        shortcut = [ContentType.objects.get_for_model(Story).pk, story.pk]
        urls.append(AdminURL("view_on_site", reverse("admin:view_on_site", args=shortcut)))
        apps = sorted({model._meta.app_label for model in admin.site._registry})
        for label in apps:
            urls.append(AdminURL("app_list", reverse("admin:app_list", args=[label])))
        for model, model_admin in admin.site._registry.items():
            urls += _model_admin_urls(model, model_admin)
    return urls


@pytest.fixture
def staff_site(site):
    """A consultation, a user and a sign-in lock, so that their admin pages have
    an object to show."""
    Consultation.objects.create(code_hash=code_hash(new_code()), topic="job-offer", language="lt")
    User.objects.create_user("someone", password="x-long-password-9")
    AccessAttempt.objects.create(
        username="someone", ip_address="192.0.2.1", user_agent="", failures_since_start=1
    )


def test_every_admin_url_is_found(staff_site):
    names = {url.name for url in admin_urls("lt")}
    assert {"quiz_statistics", "quiz_statistics_csv", "consultations_consultation_change"} <= names
    assert {"auth_user_password_change", "stories_story_delete", "app_list"} <= names
    assert {"view_on_site", "autocomplete", "password_change", "jsi18n"} <= names
    assert len(names) > 80


@pytest.mark.parametrize("language", LANGUAGES)
def test_visitors_are_sent_to_the_login(staff_site, language):
    client = new_client()
    urls = admin_urls(language)
    for url in urls:
        response = client.get(url.path)
        assert response.status_code == 302, url
        target = urlsplit(response.headers["Location"])
        assert target.path == f"/{language}/admin/login/", url
        assert target.query.startswith("next=") and url.path.split("/")[-2] in target.query, url
        assert_no_access(response, language)
    # Signing out when not signed in leads to the admin's index, and from there to the login.
    with translation.override(language):
        logout = client.get(reverse("admin:logout"))
        assert logout.status_code == 302 and logout.headers["Location"] == reverse("admin:index")


def _staff(group: Group | None) -> User:
    name = group.name if group else "no group"
    user = User.objects.create_user(name.replace(" ", "-"), password="x-long-password-9")
    user.is_staff = True
    user.save()
    if group:
        user.groups.add(group)
    return User.objects.get(pk=user.pk)  # no stale permission cache


class Permissions:
    """What a user's groups allow, as the admin's own checks apply it."""

    def __init__(self, user: User):
        self.user = user
        granted = Permission.objects.filter(group__user=user).select_related("content_type")
        self.codenames = {f"{p.content_type.app_label}.{p.codename}" for p in granted}
        self.apps = {
            u.model_admin.opts.app_label
            for u in admin_urls(LANGUAGES[0])
            if u.model_admin and u.action == "view" and self.allows(u)
        }

    def allows(self, url: AdminURL) -> bool:
        if url.model_admin is None:
            if url.name == "app_list":
                return url.path.rstrip("/").rsplit("/", 1)[-1] in self.apps
            return url.name in OWN | REDIRECTS
        opts = url.model_admin.opts

        def has(action: str) -> bool:
            return f"{opts.app_label}.{action}_{opts.model_name}" in self.codenames

        granted = (has("view") or has("change")) if url.action == "view" else has(url.action)
        if not granted:
            return False
        # Granted by the group; the model admin may still refuse (consultations
        # are never added by staff, the home page is never deleted).
        request = RequestFactory().get(url.path)
        request.user = self.user
        model_admin = url.model_admin
        return {
            "view": lambda: model_admin.has_view_or_change_permission(request, url.obj),
            "add": lambda: model_admin.has_add_permission(request),
            "change": lambda: model_admin.has_change_permission(request, url.obj),
            "delete": lambda: model_admin.has_delete_permission(request, url.obj),
        }[url.action]()


def groups() -> list[str | None]:
    return ["Content editors", "Consultants", None]


@pytest.mark.parametrize("group_name", groups())
def test_staff_reach_only_what_their_group_allows(staff_site, group_name):
    """Each URL once per group, its language prefix rotating over the four (the
    admin's checks do not depend on the language; SECURITY_DEEP=1 tries every
    URL in every language)."""
    group = Group.objects.get(name=group_name) if group_name else None
    user = _staff(group)
    permissions = Permissions(user)
    client = sign_in(new_client(), user)
    offset = groups().index(group_name)
    allowed = 0
    for language in LANGUAGES:
        for n, url in enumerate(admin_urls(language)):
            if not DEEP and LANGUAGES[(n + offset) % len(LANGUAGES)] != language:
                continue
            response = client.get(url.path)
            if permissions.allows(url):
                allowed += 1
                assert _opens(response, url), (url, response.status_code)
            else:
                expected = 404 if url.name == "app_list" else 403
                assert_no_access(response, language, status=expected)
    # Not vacuous: a group reaches what it is for (an app index, a list, an
    # object); no group, only one's own pages.
    assert allowed >= (len(OWN) + 3 if group else len(OWN))


def _opens(response, url: AdminURL) -> bool:
    """The page, or (the home page's list) a redirect to its one object's page,
    or (view on site) a redirect to a public page."""
    if url.name in REDIRECTS:
        target = response.headers.get("Location", "")
        return response.status_code == 302 and "/admin/" not in target
    if response.status_code == 302 and url.model_admin:
        model_pages = "/".join(url.path.split("/")[:5]) + "/"  # /lt/admin/<app>/<model>/
        return response.headers["Location"].startswith(model_pages)
    return response.status_code == 200


def test_the_groups_are_the_ones_tried(db):
    """A new group made by a migration must be added to groups() above."""
    assert set(Group.objects.values_list("name", flat=True)) == set(filter(None, groups()))


def test_the_home_page_list_refuses_before_it_redirects(staff_site):
    """Found by this suite: the home page's list sent any staff member on to the
    page itself (which then refused); it now refuses at once, as Django's lists do."""
    client = sign_in(new_client(), _staff(None))
    assert client.get("/en/admin/awareness/homepage/").status_code == 403
    editor = sign_in(new_client(), _staff(Group.objects.get(name="Content editors")))
    assert editor.get("/en/admin/awareness/homepage/").status_code == 302


@pytest.mark.parametrize("who", ["Consultants", "superuser"])
def test_past_the_password_only_no_admin_page_opens(staff_site, who):
    """A stolen password alone: every admin URL but the sign-in pages leads to
    the second step (set-up without a device, the code with one)."""
    if who == "superuser":
        user = User.objects.create_superuser("chief", password="x-long-password-9")
    else:
        user = _staff(Group.objects.get(name=who))
    client = new_client()
    client.force_login(user)  # the password typed, the second step not
    open_pages = {"logout", "jsi18n", "two_step", "two_step_verify"}
    tried = 0
    for language in LANGUAGES:
        for n, url in enumerate(admin_urls(language)):
            if url.name in open_pages or LANGUAGES[n % len(LANGUAGES)] != language:
                continue
            response = client.get(url.path)
            tried += 1
            assert response.status_code == 302, (url, response.status_code)
            target = urlsplit(response.headers["Location"]).path
            assert target == f"/{language}/admin/two-step/", (url, target)
    assert tried > 80
