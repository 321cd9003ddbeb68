"""The building block of a scan: a dimension with its statements and its advice for a low score."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class DimensionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="naam", max_length=80, help_text="Kort, zoals 'Gedeelde ambitie'.")
    description = blocks.TextBlock(
        label="toelichting", required=False, help_text="Eén zin over waar dit onderdeel over gaat."
    )
    aspect = SnippetChooserBlock(
        "phases.SuccessAspect",
        label="succesaspect",
        required=False,
        help_text="Optioneel: het aspect van kansrijke samenwerking waar dit onderdeel bij hoort.",
    )
    statements = blocks.ListBlock(
        blocks.CharBlock(label="stelling", max_length=200),
        label="stellingen",
        min_num=1,
        help_text="Stellingen waarop iemand antwoordt van 'helemaal oneens' tot 'helemaal eens'.",
    )
    advice = blocks.RichTextBlock(
        label="advies bij een lage score",
        features=["bold", "italic", "link", "ul"],
        help_text="Wat een netwerk kan doen als het hier laag scoort. Verschijnt op de uitslag.",
    )
    steps = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="phases.StepPage", label="stap"),
        label="stappen die helpen",
        min_num=0,
        help_text="Stappen uit het stappenplan die bij een lage score helpen.",
    )
    tools = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="tools.ToolPage", label="tool"),
        label="tools die helpen",
        min_num=0,
    )

    class Meta:
        icon = "list-ol"
        label = "onderdeel"
