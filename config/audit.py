"""What the audit trail (django-auditlog) records: settings data, no imports of the apps.

Who created, changed, published or deleted content, and who read, answered or
closed a consultation. docs/architecture.md ("Audit trail") explains the choices:

- Long texts (bodies, summaries, descriptions, advice) are recorded as *changed*,
  never copied: the trail answers who did what and when, it is not a version
  history, and a story's draft may hold identifying details that the
  anonymisation check later removes.
- Consultations: only their status, consultant and closing time; messages only
  their author and consultation. Never the text, the visitor's contact or the
  code hash. A visitor's own actions are not recorded at all
  (consultations.audit.skip_visitors).
"""

# Recorded as changed, never copied (in every language: body, body_lt, ...).
STORY_PRIVATE_TEXTS = (
    "pseudonym",
    "summary",
    "body",
    "illustration_alt",
    "source",
    "internal_notes",
)
LONG_TEXTS = ("summary", "body", "description", "introduction", "intro", "test_text", "advice")
# Changes with every save: noise.
NOISE = ["updated"]


def mask_text(value: str) -> str:
    """What a masked field shows in the trail: that there was a text, not the text."""
    return "" if value in ("", "None") else "•••"


def tracked_models(language_codes) -> list[dict]:
    def masked(names):
        return [
            f"{name}{suffix}"
            for name in names
            for suffix in ("", *(f"_{code}" for code in language_codes))
        ]

    def content(label, m2m=()):
        return {
            "model": label,
            "exclude_fields": NOISE,
            "mask_fields": masked(LONG_TEXTS),
            "m2m_fields": set(m2m),
        }

    return [
        {
            "model": "stories.Story",
            "exclude_fields": NOISE,
            "mask_fields": masked(STORY_PRIVATE_TEXTS),
            "m2m_fields": {"forms", "recruitment"},
        },
        content("awareness.Page"),
        content("awareness.HomePage"),
        content("awareness.Hotline", m2m=["languages"]),
        content("awareness.Organisation", m2m=["services", "languages"]),
        content("awareness.NewsItem"),
        content("awareness.Resource"),
        content("awareness.Theme"),
        content("awareness.Figure"),
        content("quiz.Questionnaire"),
        content("quiz.Question"),
        content("quiz.Choice"),
        content("quiz.ResultBand"),
        {
            "model": "consultations.Consultation",
            "include_fields": ["status", "assigned_to", "closed_at"],
        },
        {
            "model": "consultations.Message",
            "include_fields": ["consultation", "author", "staff_user"],
        },
        # Who gave whom which rights, and that a password changed (never its hash).
        {
            "model": "auth.User",
            "exclude_fields": ["last_login"],
            "mask_fields": ["password"],
            "m2m_fields": {"groups", "user_permissions"},
        },
        {"model": "auth.Group", "m2m_fields": {"permissions"}},
    ]
