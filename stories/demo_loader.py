"""Create the demo stories and their taxonomies (called by `load_demo`)."""

from django.utils import timezone

from awareness.demo import translated
from stories.demo import FORMS, RECRUITMENT, STORIES
from stories.models import ExploitationForm, RecruitmentMethod, Status, Story, WarningSign


def _terms(model, data: dict) -> tuple[dict, int]:
    terms, created = {}, 0
    for order, (key, names) in enumerate(data.items(), start=1):
        term, new = model.objects.get_or_create(
            slug=key, defaults={"order": order * 10, **translated({"name": names}, ("name",))}
        )
        terms[key] = term
        created += new
    return terms, created


def load_stories(default_language: str) -> int:
    forms, created_forms = _terms(ExploitationForm, FORMS)
    methods, created_methods = _terms(RecruitmentMethod, RECRUITMENT)
    created = created_forms + created_methods
    now = timezone.now()
    for data in STORIES:
        if Story.objects.filter(
            **{f"slug_{default_language}": data["slug"][default_language]}
        ).exists():
            continue
        story = Story.objects.create(
            destination=data["destination"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            age_group=data["age_group"],
            featured=data["featured"],
            source=data["source"],
            # Composites: no real person to ask, but the check is still recorded.
            consent_recorded_at=now,
            anonymised_at=now,
            status=Status.PUBLISHED,
            publish_at=now,
            **translated(data, ("title", "slug", "pseudonym", "summary", "body")),
        )
        story.forms.set([forms[key] for key in data["forms"]])
        story.recruitment.set([methods[key] for key in data["recruitment"]])
        WarningSign.objects.bulk_create(
            WarningSign(story=story, order=order, **translated({"text": sign}, ("text",)))
            for order, sign in enumerate(data["warning_signs"], start=1)
        )
        created += 1
    return created
