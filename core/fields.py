"""The one field for HTML that content staff write."""

from django_prose_editor.fields import ProseEditorField

from core.sanitize import EDITOR_EXTENSIONS, clean_html


class RichTextField(ProseEditorField):
    """Text written in the editor, offering only what ``core.sanitize`` allows.

    The HTML is cleaned when a form is validated and again whenever the row is
    written (``pre_save``: save() and bulk_create()), so no model cleans it
    itself. modeltranslation copies the field class for each language's
    column, so every column is cleaned. Templates clean once more when they
    render it (the ``clean_html`` filter).

    Like ProseEditorField, it is a plain TextField to migrations.
    """

    def __init__(self, *args, **kwargs):
        kwargs["config"] = {"extensions": EDITOR_EXTENSIONS}
        kwargs["sanitize"] = clean_html
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        if not value:
            return value
        cleaned = clean_html(value)
        # Straight into the instance's own value: for the field modeltranslation
        # wraps, setattr() would write the current language's column instead.
        model_instance.__dict__[self.attname] = cleaned
        return cleaned
