from django import forms
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from consultations.models import MAX_TEXT, Topic

TEXT_ERRORS = {
    "required": _("Please write your question."),
    "max_length": _("Please keep it under %(limit_value)d characters (now %(show_value)d)."),
}


class LanguageSelect(forms.Select):
    """Each language named in itself, marked with its ``lang`` for screen readers."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        option["attrs"]["lang"] = value
        return option


def answer_languages() -> list[tuple[str, str]]:
    """Every site language named in itself (Lietuviškai, English, Русский, Українська),
    as the language switcher names them: a reader looks for their own language's
    name, whatever language the page is in."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class AskForm(forms.Form):
    topic = forms.ChoiceField(
        label=_("What is your question about?"),
        choices=Topic.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a topic.")},
    )
    question = forms.CharField(
        label=_("Your question"),
        max_length=MAX_TEXT,
        error_messages=TEXT_ERRORS,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Do not write your name or anything that could identify you unless you want to."
        ),
    )
    language = forms.ChoiceField(
        label=_("Answer me in"), choices=answer_languages, widget=LanguageSelect
    )
    contact = forms.CharField(
        label=_("E-mail or phone (optional)"),
        required=False,
        max_length=200,
        help_text=_(
            "Only if you want us to contact you. If someone else can read your "
            "messages or use this device, leave it empty."
        ),
        error_messages={"max_length": _("Please keep it under %(limit_value)d characters.")},
    )
    # A field people never see; software that fills every field gives itself away.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your reference code"),
        max_length=40,
        help_text=_("For example ABCD-EFGH-JKMN-PQRS."),
        error_messages={"required": _("Please type your reference code.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class FollowUpForm(CodeForm):
    text = forms.CharField(
        label=_("Your message"),
        max_length=MAX_TEXT,
        error_messages=TEXT_ERRORS,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
