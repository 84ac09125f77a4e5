"""The admin's own forms and parameters with bad input: the sign-in form (open
to anyone) and the lists' search, sorting, paging and filters (our
missing-language filter among them), in every language."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from tests.security.conftest import PROFILE_GET, PROFILE_STAFF, new_client, sign_in
from tests.security.inputs import TALLY, Sent, check, form_data
from tests.security.targets import LANGUAGES

LIST_PARAMETERS = ("q", "o", "p", "all", "e", "_to_field", "_popup", "_changelist_filters")


def list_keys(model_admin) -> tuple[str, ...]:
    """The parameters a model's list reads: Django's own and its filters'."""
    keys = []
    for spec in model_admin.list_filter:
        if isinstance(spec, str):
            keys += [f"{spec}__exact", f"{spec}__id__exact", f"{spec}__isnull"]
        elif isinstance(spec, tuple):
            keys += [f"{spec[0]}__id__exact"]
        else:
            keys.append(spec.parameter_name)
    return LIST_PARAMETERS + tuple(keys)


@pytest.fixture
def fast_passwords(settings):
    """Sign-in attempts hash a password each: a fast hasher keeps the suite quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.mark.usefixtures("site", "fast_passwords")
@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_login_form(language):
    with translation.override(language):
        url = reverse("admin:login")

    @PROFILE_GET
    @given(sent=form_data(("username", "password", "next"), (151, 4097)))
    def attempt(sent: Sent):
        TALLY.add("POST admin:login", language)
        response = new_client().post(
            url, sent.raw.encode("ascii"), content_type="application/x-www-form-urlencoded"
        )
        check(response, sent, get=False)
        if response.status_code == 302:  # never signed in, never sent elsewhere
            raise AssertionError(response.headers["Location"])

    attempt()


@pytest.mark.usefixtures("site", "fast_passwords")
@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_lists(language):
    superuser = User.objects.create_superuser("chief", password="x-long-password-9")
    client = sign_in(new_client(), superuser)
    with translation.override(language):
        lists = [
            (reverse(f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist"), a)
            for m, a in admin.site._registry.items()
        ]

    @PROFILE_STAFF
    @given(data=st.data())
    def attempt(data):
        url, model_admin = data.draw(st.sampled_from(lists))
        sent = data.draw(form_data(list_keys(model_admin), (101,)))
        TALLY.add("GET admin lists", language)
        response = client.get(url, QUERY_STRING=sent.raw)
        check(response, sent, get=False)

    attempt()
