"""StreamField blocks shared by every content area (step, tool and story bodies)."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        label = "Tussenkop"
        icon = "title"
        help_text = "Een korte tussenkop die de tekst eronder aankondigt."
        template = "blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        label = "Alinea"
        icon = "pilcrow"


class ChecklistBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label="Punt"), **kwargs)

    class Meta:
        label = "Opsomming"
        icon = "list-ul"
        template = "blocks/checklist.html"


class TipBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", default="Tip uit de praktijk")
    text = blocks.TextBlock(label="Tekst", help_text="Een concreet voorbeeld of advies.")

    class Meta:
        label = "Tip"
        icon = "help"
        template = "blocks/tip.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Citaat")
    source = blocks.CharBlock(label="Wie zei het", required=False)

    class Meta:
        label = "Citaat"
        icon = "openquote"
        template = "blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Afbeelding")
    alt_text = blocks.CharBlock(
        label="Alternatieve tekst",
        required=False,
        help_text="Beschrijf wat er op de afbeelding staat voor wie haar niet ziet. "
        "Laat leeg als de afbeelding alleen decoratief is.",
    )
    caption = blocks.CharBlock(label="Onderschrift", required=False)

    class Meta:
        label = "Afbeelding"
        icon = "image"
        template = "blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Document")
    label = blocks.CharBlock(label="Linktekst", required=False, help_text="Laat leeg voor de titel van het document.")

    class Meta:
        label = "Document"
        icon = "doc-full"
        template = "blocks/document.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    list = ChecklistBlock()
    tip = TipBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    document = DocumentBlock()


class QuestionsBlock(blocks.StreamBlock):
    """Guiding questions ("leidende vragen") of a phase or a step, one question a block."""

    question = blocks.CharBlock(label="Vraag", help_text="Eén vraag, eindigend op een vraagteken.")


class AudienceAdviceBlock(blocks.StructBlock):
    audience = blocks.CharBlock(label="Voor wie", help_text="Bijvoorbeeld: lokale betrokkenen, overheid, onderwijs.")
    text = blocks.TextBlock(label="Advies")


class RecommendationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Aanbeveling")
    summary = blocks.TextBlock(label="Toelichting")
    audiences = blocks.ListBlock(AudienceAdviceBlock(), label="Advies per doelgroep")

    class Meta:
        label = "Aanbeveling"
        icon = "pick"
        template = "blocks/recommendation.html"
