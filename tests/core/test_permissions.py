"""core.permissions.grant(): the groups' permissions, made in data migrations."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission

from core.permissions import grant


@pytest.mark.parametrize("group", ["Content editors", "Consultants"])
def test_granted_permissions_are_the_rows_django_itself_makes(db, group):
    permissions = Group.objects.get(name=group).permissions.select_related("content_type")
    assert permissions.exists()
    for permission in permissions:
        model = permission.content_type.model_class()
        action = permission.codename.removesuffix(f"_{model._meta.model_name}")
        assert permission.name == f"Can {action} {model._meta.verbose_name_raw}"


def test_grant_creates_a_missing_permission_once(db):
    Permission.objects.filter(codename="view_message").delete()
    for _ in range(2):
        grant(apps, "Readers", {"consultations": {"message": ("view",)}})
    granted = Group.objects.get(name="Readers").permissions.get()
    assert granted.codename == "view_message" and granted.name == "Can view message"
    assert Permission.objects.filter(codename="view_message").count() == 1


def test_a_permission_the_model_lacks_is_an_error(db):
    with pytest.raises(LookupError, match="publish_message"):
        grant(apps, "Readers", {"consultations": {"message": ("publish",)}})
