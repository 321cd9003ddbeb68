"""Factories for every page type and snippet; tests build exactly the content they need."""

import datetime
import uuid

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from home.models import HomePage
from phases.models import PhasePage, RoadmapPage, StepPage, SuccessAspect, SuccessFactor, SuccessFactorsPage
from scans.models import ScanIndexPage, ScanPage
from tools.models import PracticeStoryPage, Role, StoryIndexPage, Theme, ToolIndexPage, ToolPage


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def questions(*texts):
    return [{"type": "question", "value": text} for text in texts]


def set_relations(page, **relations):
    """Set ParentalManyToMany relations and save once, the way the admin form does."""
    for name, values in relations.items():
        if values is not None:
            getattr(page, name).set(values)
    page.save()


class RoleFactory(DjangoModelFactory):
    class Meta:
        model = Role
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Rol {n}")
    slug = factory.Sequence(lambda n: f"rol-{n}")


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")


class SuccessAspectFactory(DjangoModelFactory):
    class Meta:
        model = SuccessAspect

    name = factory.Sequence(lambda n: f"Aspect {n}")
    slug = factory.Sequence(lambda n: f"aspect-{n}")
    description = "Wat dit aspect betekent."


class SuccessFactorFactory(DjangoModelFactory):
    class Meta:
        model = SuccessFactor

    aspect = factory.SubFactory(SuccessAspectFactory)
    name = factory.Sequence(lambda n: f"Factor {n}")
    slug = factory.Sequence(lambda n: f"factor-{n}")
    description = "Waar je deze factor aan herkent."


def home_page():
    return HomePage.objects.get(depth=2)


def existing_or_new(factory_name):
    """A singleton page (index pages exist once): reuse the one there is, or make it."""

    def get():
        factory_class = globals()[factory_name]
        model = factory_class._meta.model
        return model.objects.first() or factory_class()

    return factory.LazyFunction(get)


class RoadmapPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RoadmapPage

    title = "Stappenplan"
    slug = "stappenplan"
    intro = "Vier fases, geen blauwdruk."
    parent = factory.LazyFunction(home_page)


class PhasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PhasePage

    number = factory.Sequence(lambda n: n % 4 + 1)
    title = factory.LazyAttribute(lambda o: f"Fase {o.number}")
    slug = factory.Sequence(lambda n: f"fase-{n}")
    short_name = factory.LazyAttribute(lambda o: f"Fase{o.number}")
    intro = "Wat je in deze fase doet."
    guiding_questions = factory.LazyFunction(lambda: questions("Met wie ga je samenwerken?"))
    parent = existing_or_new("RoadmapPageFactory")


class StepPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StepPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Stap {n}")
    order = factory.Sequence(lambda n: n + 1)
    summary = "Wat je in deze stap doet."
    guiding_questions = factory.LazyFunction(lambda: questions("Wie doet mee?", "Wat is het doel?"))
    body = factory.LazyFunction(lambda: paragraphs("Uitleg bij deze stap."))
    parent = factory.SubFactory(PhasePageFactory)

    @factory.post_generation
    def success_factors(self, create, extracted, **kwargs):
        if create and extracted:
            set_relations(self, success_factors=extracted)


class ToolIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolIndexPage

    title = "Toolbox"
    slug = "toolbox"
    intro = "Alle tools."
    parent = factory.LazyFunction(home_page)


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Praktijkverhalen"
    slug = "praktijkverhalen"
    intro = "Verhalen uit de praktijk."
    parent = factory.LazyFunction(home_page)


class SuccessFactorsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SuccessFactorsPage

    title = "Succesfactoren"
    slug = "succesfactoren"
    intro = "Wat een netwerk sterk maakt."
    parent = factory.LazyFunction(home_page)


class ToolPageFactory(wagtail_factories.PageFactory):
    """A tool; pass phases/steps/roles/themes as lists. Defaults give one phase, role and theme."""

    class Meta:
        model = ToolPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Tool {n}")
    summary = "Een hulpmiddel voor het netwerk."
    tool_type = "methodiek"
    body = factory.LazyFunction(lambda: paragraphs("Zo gebruik je deze tool."))
    maintained_by = "HAN"
    last_checked = datetime.date(2026, 10, 1)
    parent = existing_or_new("ToolIndexPageFactory")

    @factory.post_generation
    def labels(self, create, extracted, **kwargs):
        if not create:
            return
        labels = extracted or {}
        set_relations(
            self,
            phases=labels.get("phases"),
            steps=labels.get("steps"),
            roles=labels["roles"] if "roles" in labels else [RoleFactory()],
            themes=labels["themes"] if "themes" in labels else [ThemeFactory()],
        )


class PracticeStoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PracticeStoryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Praktijkverhaal {n}")
    summary = "Hoe dit netwerk begon."
    place = "Wedde"
    province = "groningen"
    setting = "dorp"
    start_year = 2014
    status = "actief"
    initiator = "Een huisarts"
    target_group = "Ouderen in de dorpen"
    phase_reached = factory.SubFactory(PhasePageFactory)
    body = factory.LazyFunction(lambda: paragraphs("Het begon met een huisarts."))
    maintained_by = "Radboudumc"
    last_checked = datetime.date(2026, 9, 1)
    parent = existing_or_new("StoryIndexPageFactory")

    @factory.post_generation
    def labels(self, create, extracted, **kwargs):
        if not create:
            return
        labels = extracted or {}
        set_relations(
            self,
            roles=labels["roles"] if "roles" in labels else [RoleFactory()],
            themes=labels["themes"] if "themes" in labels else [ThemeFactory()],
            success_factors=labels.get("success_factors"),
            tools_used=labels.get("tools_used"),
        )


class ScanIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ScanIndexPage

    title = "Zelfscans"
    slug = "zelfscans"
    intro = "Scans voor je netwerk."
    parent = factory.LazyFunction(home_page)


def dimensions(*specs):
    """Raw StreamField data for a scan: (title, [statements], {"steps": [..], "tools": [..], ...}) per dimension."""
    raw = []
    for title, statements, *extra in specs:
        options = extra[0] if extra else {}
        raw.append(
            {
                "type": "dimension",
                "value": {
                    "title": title,
                    "description": options.get("description", f"Over {title.lower()}."),
                    "aspect": options.get("aspect"),
                    "statements": [{"type": "item", "value": text, "id": str(uuid.uuid4())} for text in statements],
                    "advice": options.get("advice", f"<p>Advies bij {title.lower()}.</p>"),
                    "steps": [
                        {"type": "item", "value": p.pk, "id": str(uuid.uuid4())} for p in options.get("steps", [])
                    ],
                    "tools": [
                        {"type": "item", "value": p.pk, "id": str(uuid.uuid4())} for p in options.get("tools", [])
                    ],
                },
            }
        )
    return raw


class ScanPageFactory(wagtail_factories.PageFactory):
    """A scan of three dimensions with two statements each, unless `dimensions` says otherwise."""

    class Meta:
        model = ScanPage

    title = factory.Sequence(lambda n: f"Zelfscan {n}")
    intro = "Hoe staat jullie samenwerking ervoor?"
    duration = "Tien minuten"
    dimensions = factory.LazyFunction(
        lambda: dimensions(
            ("Ambitie", ["Wij willen hetzelfde.", "Het doel spreekt ons aan."]),
            ("Belangen", ["Wij kennen elkaars belangen.", "Ieder haalt er iets uit."]),
            ("Organiseren", ["Afspraken worden nagekomen.", "Het overleg is nuttig."]),
        )
    )
    parent = existing_or_new("ScanIndexPageFactory")


def add_tools_and_stories(count, tool_index, story_index, phases):
    """`count` tools in the first two phases, each with a story that used it: the rows a listing grows by."""
    role, theme = RoleFactory(), ThemeFactory()
    for _ in range(count):
        tool = ToolPageFactory(parent=tool_index, labels={"phases": phases[:2], "roles": [role], "themes": [theme]})
        PracticeStoryPageFactory(parent=story_index, phase_reached=phases[0], labels={"tools_used": [tool]})
