import pytest
from django.utils import timezone

from stories.models import ExploitationForm, RecruitmentMethod, Story, StoryStatus, WarningSign


@pytest.fixture
def forms(db) -> dict[str, ExploitationForm]:
    return {
        slug: ExploitationForm.objects.create(slug=slug, name_lt=lt, name_en=en)
        for slug, lt, en in [
            ("forced-labour", "Priverstinis darbas", "Forced labour"),
            ("sexual-exploitation", "Seksualinis išnaudojimas", "Sexual exploitation"),
        ]
    }


@pytest.fixture
def methods(db) -> dict[str, RecruitmentMethod]:
    return {
        slug: RecruitmentMethod.objects.create(slug=slug, name_lt=lt, name_en=en)
        for slug, lt, en in [
            ("job-ad", "Darbo skelbimas", "Job advertisement"),
            ("social-media", "Socialiniai tinklai", "Social media"),
        ]
    }


@pytest.fixture
def make_story(db, forms, methods):
    counter = iter(range(1, 100_000))

    def make(form="forced-labour", method="job-ad", signs=("Paimti dokumentai",), **fields):
        n = next(counter)
        now = timezone.now()
        values = {
            "title_lt": f"Istorija {n}",
            "title_en": f"Story {n}",
            "slug_lt": f"istorija-{n}",
            "slug_en": f"story-{n}",
            "pseudonym_lt": "Rūta",
            "pseudonym_en": "Rūta",
            "body_lt": f"<p>Tekstas {n}</p>",
            "body_en": f"<p>Text {n}</p>",
            "period_start": 2019,
            "age_group": "26-35",
            "destination": "DE",
            "status": StoryStatus.PUBLISHED,
            "publish_at": now,
            "consent_recorded_at": now,
            "anonymised_at": now,
            "source": f"SECRET-SOURCE-{n}",
            "internal_notes": f"SECRET-NOTE-{n}",
        } | fields
        story = Story.objects.create(**values)
        story.forms.set([forms[form]] if form else [])
        story.recruitment.set([methods[method]] if method else [])
        for order, text in enumerate(signs):
            WarningSign.objects.create(
                story=story, text_lt=text, text_en=f"Sign {order}", order=order
            )
        return story

    return make
