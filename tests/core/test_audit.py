"""The audit trail: who created, changed, published or deleted content, and who
read, answered or closed a consultation; visible to superusers only, read-only,
without any consultation text."""

import pytest
from auditlog.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.forms import CheckboxInput, MultiWidget
from django.test import Client
from django.utils import formats, timezone

from awareness.models import Organisation, Page
from consultations.models import Consultation, Message
from quiz.models import Questionnaire
from stories.models import ExploitationForm, RecruitmentMethod, Story, StoryStatus
from tests.signin import sign_in_verified

QUESTION = "Man pasiūlė darbą Norvegijoje, bet reikia sumokėti 500 eurų. Ar tai saugu?"
CONTACT = "ruta.slapta@example.com"
ANSWER = "Nemokėkite nieko. Paskambinkite 8 800 91119."
CREATE, UPDATE, DELETE, ACCESS = (
    LogEntry.Action.CREATE,
    LogEntry.Action.UPDATE,
    LogEntry.Action.DELETE,
    LogEntry.Action.ACCESS,
)


def signed_in(user: User) -> Client:
    """A client signed in to the admin as ``user``, second step passed."""
    client = Client()
    sign_in_verified(client, user)
    client.user = user
    return client


def staff(name: str, group: str | None = None, **flags) -> User:
    user = User.objects.create_user(name, password="a-long-password-1", is_staff=True, **flags)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db) -> Client:
    return signed_in(staff("editor", "Content editors"))


@pytest.fixture
def consultant(db) -> Client:
    return signed_in(staff("consultant", "Consultants"))


@pytest.fixture
def administrator(db) -> Client:
    return signed_in(staff("administrator", is_superuser=True))


def entries(obj, action=None):
    rows = LogEntry.objects.get_for_object(obj)
    return rows.filter(action=action) if action is not None else rows


def form_data(response, **overrides) -> dict:
    """What the admin form on ``response`` would post back unchanged, with overrides."""
    data = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        data |= {
            management.add_prefix(name): management[name].value() for name in management.fields
        }
        forms += inline.formset.forms
    for form in forms:
        for name, field in form.fields.items():
            key, value, widget = form.add_prefix(name), form[name].value(), field.widget
            if isinstance(widget, CheckboxInput):
                if value:
                    data[key] = "on"
            elif isinstance(widget, MultiWidget):
                for index, part in enumerate(widget.decompress(value)):
                    data[f"{key}_{index}"] = "" if part is None else part
            elif isinstance(value, list | tuple):
                data[key] = [str(item) for item in value]
            elif value is not None:
                data[key] = str(value)
    return data | overrides


def errors(response) -> list:
    inlines = response.context["inline_admin_formsets"]
    return [response.context["adminform"].form.errors] + [
        (inline.formset.errors, inline.formset.non_form_errors()) for inline in inlines
    ]


def post_change(client, obj, **overrides):
    meta = obj._meta
    url = f"/en/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/change/"
    response = client.post(url, form_data(client.get(url), **overrides))
    assert response.status_code == 302, errors(response)
    return response


def post_add(client, model, **fields):
    meta = model._meta
    url = f"/en/admin/{meta.app_label}/{meta.model_name}/add/"
    response = client.post(url, form_data(client.get(url), **fields))
    assert response.status_code == 302, errors(response)
    return model.objects.latest("pk")


def post_delete(client, obj):
    meta = obj._meta
    url = f"/en/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/delete/"
    assert client.post(url, {"post": "yes"}).status_code == 302


def assert_logged_delete(client, obj):
    pk, model = obj.pk, type(obj)
    post_delete(client, obj)
    assert not model.objects.filter(pk=pk).exists()
    deleted = LogEntry.objects.get(
        content_type__model=model._meta.model_name, object_pk=str(pk), action=DELETE
    )
    assert deleted.actor == client.user


# --- Content: create, change, publish, delete -----------------------------------


def test_a_page_created_changed_published_and_deleted_through_the_admin(editor):
    page = post_add(
        editor,
        Page,
        title_lt="Naujas",
        slug_lt="naujas",
        body_lt="<p>Tekstas</p>",
        menu_order="5",
        status="draft",
    )
    created = entries(page, CREATE).get()
    assert created.actor == editor.user and created.changes_dict["title_lt"] == ["None", "Naujas"]
    # Bodies are recorded as changed, not copied.
    assert created.changes_dict["body_lt"] == ["", "•••"]

    post_change(editor, page, title_lt="Pakeistas")
    changed = entries(page, UPDATE).get()
    assert changed.actor == editor.user
    assert changed.changes_dict["title_lt"] == ["Naujas", "Pakeistas"]

    editor.post("/en/admin/awareness/page/", {"action": "publish", "_selected_action": [page.pk]})
    published = entries(page, UPDATE).latest("pk")
    assert published.actor == editor.user
    assert published.changes_dict["status"] == ["draft", "published"]
    assert published.changes_display_dict["status"] == ["Draft", "Published"]

    editor.post("/en/admin/awareness/page/", {"action": "unpublish", "_selected_action": [page.pk]})
    assert entries(page, UPDATE).latest("pk").changes_dict["status"] == ["published", "draft"]

    assert_logged_delete(editor, page)


def test_publishing_several_pages_records_each_one(editor, make_page):
    drafts = [make_page(status="draft") for _ in range(3)]
    already = make_page(status="published")
    editor.post(
        "/en/admin/awareness/page/",
        {"action": "publish", "_selected_action": [p.pk for p in [*drafts, already]]},
    )
    for page in drafts:
        entry = entries(page, UPDATE).get()
        assert entry.actor == editor.user and entry.changes_dict["status"][1] == "published"
    assert not entries(already, UPDATE).exists()  # nothing changed: nothing to record


@pytest.fixture
def story(db) -> Story:
    now = timezone.now()
    story = Story.objects.create(
        title_lt="Rūtos istorija",
        slug_lt="rutos-istorija",
        pseudonym_lt="Rūta",
        body_lt="<p>Tekstas su vardu Rūta Slaptaitė</p>",
        period_start=2019,
        age_group="26-35",
        destination="DE",
        status=StoryStatus.DRAFT,
        consent_recorded_at=now,
        anonymised_at=now,
        source="SECRET-SOURCE",
        internal_notes="SECRET-NOTE",
    )
    story.forms.set([ExploitationForm.objects.create(slug="labour", name_lt="Darbas")])
    story.recruitment.set([RecruitmentMethod.objects.create(slug="ad", name_lt="Skelbimas")])
    LogEntry.objects.all().delete()  # the tests start with an empty trail
    return story


def test_a_story_changed_sent_to_review_published_and_deleted(editor, story):
    post_change(editor, story, title_lt="Rūtos kelias", body_lt="<p>Be vardo</p>")
    changed = entries(story, UPDATE).get()
    assert changed.actor == editor.user
    assert changed.changes_dict["title_lt"] == ["Rūtos istorija", "Rūtos kelias"]
    assert changed.changes_dict["body_lt"] == ["•••", "•••"]

    for action in ("send_to_review", "publish"):
        editor.post("/en/admin/stories/story/", {"action": action, "_selected_action": [story.pk]})
    review, published = entries(story, UPDATE).order_by("pk")[1:]
    assert review.changes_dict["status"] == ["draft", "review"]
    assert published.changes_dict["status"] == ["review", "published"]
    assert review.actor == published.actor == editor.user

    assert_logged_delete(editor, story)
    # A story's private texts never reach the trail, not even from a draft.
    trail = str(list(LogEntry.objects.values()))
    for secret in ("Slaptaitė", "SECRET-SOURCE", "SECRET-NOTE", "Be vardo"):
        assert secret not in trail


def test_a_story_created_through_the_admin(editor, story):
    data = {
        "title_lt": "Nauja istorija",
        "slug_lt": "nauja-istorija",
        "pseudonym_lt": "Jonas",
        "body_lt": "<p>Tekstas</p>",
        "forms": [str(story.forms.get().pk)],
        "recruitment": [str(story.recruitment.get().pk)],
        "destination": "NO",
        "period_start": "2020",
        "age_group": "26-35",
        "status": "draft",
        "warning_signs-TOTAL_FORMS": "0",
    }
    created = post_add(editor, Story, **data)
    entry = entries(created, CREATE).get()
    assert entry.actor == editor.user and entry.changes_dict["status"] == ["None", "draft"]
    assert entry.changes_dict["pseudonym_lt"] == ["", "•••"]


def test_a_questionnaire_created_changed_published_and_deleted(editor):
    questionnaire = post_add(
        editor,
        Questionnaire,
        title_lt="Rizikos testas",
        slug_lt="rizikos-testas",
        status="draft",
        order="1",
        **{
            "bands-TOTAL_FORMS": "1",
            "bands-0-min_score": "0",
            "bands-0-max_score": "0",
            "bands-0-level": "low",
            "bands-0-title_lt": "Maža rizika",
        },
    )
    assert entries(questionnaire, CREATE).get().actor == editor.user
    post_change(editor, questionnaire, status="published")
    published = entries(questionnaire, UPDATE).get()
    assert published.actor == editor.user
    assert published.changes_dict["status"] == ["draft", "published"]
    assert_logged_delete(editor, questionnaire)


def test_an_organisation_created_changed_unpublished_and_deleted(editor):
    organisation = post_add(
        editor,
        Organisation,
        name_lt="Pagalbos centras",
        slug="pagalbos-centras",
        description_lt="Padeda nukentėjusiems.",
        phone="8 600 00000",
        tel="+37060000000",
        order="1",
    )
    assert entries(organisation, CREATE).get().actor == editor.user
    post_change(editor, organisation, status="draft", phone="8 600 11111", tel="+37060011111")
    changed = entries(organisation, UPDATE).get()
    assert changed.actor == editor.user
    assert changed.changes_dict["status"] == ["published", "draft"]
    assert changed.changes_dict["phone"] == ["8 600 00000", "8 600 11111"]
    assert_logged_delete(editor, organisation)


def test_nothing_is_recorded_without_a_change(editor, make_page):
    page = make_page()
    post_change(editor, page)  # empty texts made by make_page() are stored as "" now
    recorded = entries(page).count()
    post_change(editor, page)
    assert entries(page).count() == recorded


# --- Consultations: read, answered, closed; never their text ---------------------


def ask(client=None) -> Consultation:
    client = client or Client()
    response = client.post(
        "/lt/konsultacija/",
        {"topic": "job-offer", "question": QUESTION, "language": "lt", "contact": CONTACT},
    )
    assert response.status_code == 200
    return Consultation.objects.latest("pk")


def consultation_url(consultation) -> str:
    return f"/lt/admin/consultations/consultation/{consultation.pk}/change/"


def answer_data(consultation, status="new", text=ANSWER) -> dict:
    first = consultation.messages.first()
    return {
        "status": status,
        "assigned_to": "",
        "messages-TOTAL_FORMS": "2",
        "messages-INITIAL_FORMS": "1",
        "messages-MIN_NUM_FORMS": "0",
        "messages-MAX_NUM_FORMS": "1000",
        "messages-0-id": first.pk,
        "messages-0-consultation": consultation.pk,
        "messages-1-text": text,
        "messages-1-consultation": consultation.pk,
    }


def test_a_visitors_question_leaves_no_entry(db):
    ask()
    assert Consultation.objects.count() == 1 and Message.objects.count() == 1
    assert not LogEntry.objects.exists()


def test_reading_answering_and_closing_a_consultation_are_recorded(consultant):
    consultation = ask()
    url = consultation_url(consultation)
    assert QUESTION in consultant.get(url).text
    read = entries(consultation, ACCESS).get()
    assert read.actor == consultant.user

    assert consultant.post(url, answer_data(consultation)).status_code == 302
    answer = consultation.messages.get(author="staff")
    sent = entries(answer, CREATE).get()
    assert sent.actor == consultant.user
    assert sent.changes_dict["author"] == ["None", "staff"]
    answered = entries(consultation, UPDATE).get()
    assert answered.actor == consultant.user
    assert answered.changes_dict["status"] == ["new", "answered"]
    assert answered.changes_dict["assigned_to"] == ["None", "consultant"]

    data = answer_data(consultation, status="closed", text="")
    data |= {"messages-TOTAL_FORMS": "3", "messages-INITIAL_FORMS": "2"}
    data |= {"messages-1-id": answer.pk, "messages-1-consultation": consultation.pk}
    data |= {"messages-2-text": "", "messages-2-consultation": consultation.pk}
    data["assigned_to"] = consultant.user.pk
    assert consultant.post(url, data).status_code == 302
    closed = entries(consultation, UPDATE).latest("pk")
    assert closed.actor == consultant.user
    assert closed.changes_dict["status"] == ["answered", "closed"]
    assert closed.changes_dict["closed_at"][0] == "None"


def test_no_consultation_text_contact_or_code_reaches_the_trail(consultant, administrator):
    consultation = ask()
    code_hash = consultation.code_hash
    url = consultation_url(consultation)
    consultant.get(url)
    consultant.post(url, answer_data(consultation))
    visitor_followup = "Ačiū, o ką daryti su pasu? Slaptas tekstas."
    consultation.messages.create(author="visitor", text=visitor_followup)
    consultant.get(url)
    administrator.post(f"{url.removesuffix('change/')}delete/", {"post": "yes"})
    assert not Consultation.objects.exists()
    assert LogEntry.objects.filter(action=DELETE).exists()  # the trail did record
    rows = LogEntry.objects.all()
    assert rows.count() >= 5
    everything = str(list(rows.values()))
    for private in (QUESTION, ANSWER, visitor_followup, CONTACT, code_hash, "Norvegijoje"):
        assert private not in everything


def test_a_visitor_reading_and_writing_with_the_code_leaves_no_entry(client, db):
    response = client.post(
        "/lt/konsultacija/", {"topic": "other", "question": QUESTION, "language": "lt"}
    )
    code = response.context["code"]
    client.post("/lt/konsultacija/atsakymas/", {"code": code})
    client.post("/lt/konsultacija/atsakymas/", {"code": code, "text": "Dar klausimas"})
    assert not LogEntry.objects.exists()


# --- Who may see the trail ----------------------------------------------------------

TRAIL = "/lt/admin/auditlog/logentry/"


def test_administrators_read_the_trail_in_lithuanian(administrator, editor, make_page):
    page = make_page(status="draft")
    editor.post("/en/admin/awareness/page/", {"action": "publish", "_selected_action": [page.pk]})
    html = administrator.get(TRAIL).text
    for shown in (
        "Audito žurnalas",  # the app
        "Žurnalo įrašai",  # the model, plural
        "Objektas",  # columns
        "Naudotojas",
        "pakeitimas",  # the action
        "2 pakeitimai: Būsena, Paskelbimo laikas",
        "Objekto tipas",  # a filter
        "Puslapis",  # the type of the record, as the admin names the model
        "editor",
    ):
        assert shown in html, shown
    entry = entries(page, UPDATE).get()
    detail = administrator.get(f"{TRAIL}{entry.pk}/change/").text
    assert "<td>Juodraštis</td><td>Paskelbta</td>" in detail  # draft → published
    local = timezone.localtime(Page.objects.get().publish_at)
    assert f"<td>{formats.localize(local)}</td>" in detail  # in the site's time zone
    assert "Buvo" in detail and "Tapo" in detail
    assert 'name="_save"' not in detail  # read-only


def test_the_trail_is_not_deletable_from_the_admin(administrator, make_page):
    entry = entries(make_page(), CREATE).get()
    assert administrator.post(f"{TRAIL}{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    response = administrator.post(
        TRAIL, {"action": "delete_selected", "_selected_action": [entry.pk]}
    )
    assert LogEntry.objects.filter(pk=entry.pk).exists()
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("who", ["editor", "consultant"])
def test_content_editors_and_consultants_cannot_see_the_trail(request, who, make_page):
    client = request.getfixturevalue(who)
    entry = entries(make_page(), CREATE).get()
    assert client.get(TRAIL).status_code == 403
    assert client.get(f"{TRAIL}{entry.pk}/change/").status_code == 403
    assert "auditlog" not in client.get("/lt/admin/").text


def test_even_a_granted_permission_does_not_open_the_trail(editor, make_page):
    """Only superusers: a group given view_logentry by mistake still sees nothing."""
    from django.contrib.auth.models import Permission

    editor.user.user_permissions.add(
        Permission.objects.get(codename="view_logentry", content_type__app_label="auditlog")
    )
    assert editor.get(TRAIL).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    response = client.get(TRAIL)
    assert response.status_code == 302 and "/login/" in response["Location"]


# --- Retention --------------------------------------------------------------------


def test_purge_deletes_entries_older_than_the_retention_period(make_page, settings):
    settings.AUDIT_RETENTION_DAYS = 730
    make_page()
    make_page()
    old, recent = LogEntry.objects.order_by("pk")
    LogEntry.objects.filter(pk=old.pk).update(
        timestamp=timezone.now() - timezone.timedelta(days=731)
    )
    call_command("purge_audit_trail")
    assert list(LogEntry.objects.all()) == [recent]


@pytest.mark.parametrize("days", ["0", "-1"])
def test_purge_refuses_less_than_a_day(make_page, days):
    from django.core.management import CommandError

    make_page()
    with pytest.raises(CommandError):
        call_command("purge_audit_trail", "--days", days)
    assert LogEntry.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", ["Audit log", "Log entries", "Resource Type", "update"]),
        ("ru", ["Журнал аудита", "Записи журнала", "Тип объекта", "изменение"]),
        ("uk", ["Журнал аудиту", "Записи журналу", "Тип об’єкта", "зміна"]),
    ],
)
def test_the_trail_speaks_every_staff_language(administrator, editor, make_page, language, shown):
    page = make_page(status="draft")
    editor.post("/en/admin/awareness/page/", {"action": "publish", "_selected_action": [page.pk]})
    html = administrator.get(f"/{language}/admin/auditlog/logentry/").text
    for text in shown:
        assert text in html, text


def test_rights_and_password_changes_are_recorded_without_the_hash(administrator, editor):
    user = editor.user
    LogEntry.objects.all().delete()  # the account's creation and group
    user.set_password("another-long-password-2")
    user.save()
    user.is_superuser = True
    user.save()
    changes = [entry.changes_dict for entry in entries(user, UPDATE).order_by("pk")]
    assert changes[0] == {"password": ["•••", "•••"]}
    assert changes[1]["is_superuser"] == ["False", "True"]
    assert user.password not in str(list(LogEntry.objects.values()))
    # Signing in changes last_login only: no entry.
    before = entries(user).count()
    Client().force_login(user)  # as a sign-in does, it sets last_login
    assert entries(user).count() == before
