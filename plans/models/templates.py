"""The Word templates of the exports, which editors may replace in the CMS (Instellingen → Exportsjablonen).

Empty fields use the defaults shipped in plans/export_templates/. An uploaded template is checked
when it is saved (plans.exports.docx.check_template): a placeholder the export does not fill, or
a template that does not parse, is a Dutch error for the editor, never a broken download.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


def _template(verbose_name):
    """An optional Word document replacing one export's shipped default."""
    return models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Een Word-bestand (.docx) met docxtpl-velden. Leeg: het standaardsjabloon.",
    )


@register_setting(icon="doc-full")
class ExportTemplates(BaseGenericSetting):
    plan = _template("sjabloon plan van aanpak")
    agreement = _template("sjabloon samenwerkingsovereenkomst")
    year = _template("sjabloon jaar in beeld")

    panels = [FieldPanel("plan"), FieldPanel("agreement"), FieldPanel("year")]

    KINDS = ("plan", "agreement", "year")

    class Meta:
        verbose_name = "exportsjablonen"

    def clean(self):
        """Each chosen template is tried before it is saved; what is wrong shows on its own field, in Dutch."""
        from plans.exports.docx import check_template

        errors = {}
        for kind in self.KINDS:
            document = getattr(self, kind)
            if document is None:
                continue
            try:
                with document.file.open("rb") as file:
                    source = file.read()
            except OSError:
                errors[kind] = ["Het bestand van dit document is niet te lezen; upload het opnieuw."]
                continue
            problems = check_template(kind, source, document.file.name)
            if problems:
                errors[kind] = problems
        if errors:
            raise ValidationError(errors)
