"""Fill the benchmark's throwaway database: a roadmap, the taxonomies and N tools and N/5 stories.

The text is random but seeded, so every run measures the same database. Django is imported
inside `fill`, because the environment is set (bench.server.prepare_environment) only at run time.
"""

import random

WORDS = [
    "samenwerking",
    "wijk",
    "netwerk",
    "huisarts",
    "kartrekker",
    "bewoners",
    "gemeente",
    "vrijwilligers",
    "zorg",
    "welzijn",
    "dementie",
    "eenzaamheid",
    "mantelzorg",
    "overleg",
    "evaluatie",
    "vragenlijst",
    "werkvorm",
    "plan",
    "afspraken",
    "vertrouwen",
]


def fill(tool_count, story_count):
    """A roadmap with four phases and 14 steps, the taxonomies, and many tools and stories."""
    from django.core.management import call_command
    from django.db import transaction

    from home.models import HomePage
    from phases.models import PhasePage, RoadmapPage, StepPage
    from toolbox_site.db import analyze
    from tools.choices import Province, ToolType
    from tools.models import PracticeStoryPage, Role, StoryIndexPage, Theme, ToolIndexPage, ToolPage

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    rng = random.Random(42)
    home = HomePage.objects.get()

    def text(words):
        return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."

    def body():
        return [{"type": "paragraph", "value": f"<p>{text(60)}</p>"}]

    with transaction.atomic():
        roles = [Role.objects.create(name=f"Rol {i}", slug=s) for i, s in enumerate(
            ["huisarts", "gemeente", "kartrekker", "wijkverpleegkundige", "welzijnsprofessional", "wijkbewoner",
             "vrijwilliger", "bestuurder", "zorgverzekeraar", "onderwijs", "onderzoeker"])]  # fmt: skip
        themes = [Theme.objects.create(name=f"Thema {i}", slug=s) for i, s in enumerate(
            ["dementie", "eenzaamheid", "kwetsbare-ouderen", "positieve-gezondheid", "leefstijl", "valpreventie",
             "gezond-rondkomen", "lage-ses", "langer-thuis", "mantelzorg", "ggz", "burgerparticipatie",
             "financiering", "ict", "communicatie", "leiderschap", "medisch-en-sociaal"])]  # fmt: skip
        roadmap = home.add_child(instance=RoadmapPage(title="Stappenplan", slug="stappenplan", intro=text(20)))
        phases, steps = [], []
        for number, slug in enumerate(["verkennen", "vormgeven", "verdiepen", "verankeren"], start=1):
            phase = roadmap.add_child(
                instance=PhasePage(
                    title=f"Netwerk {slug}", slug=slug, number=number, short_name=slug.title(), intro=text(20),
                    guiding_questions=[{"type": "question", "value": "Met wie?"}],
                )
            )  # fmt: skip
            phases.append(phase)
            for order in range(1, 4 if number > 2 else 5):
                steps.append(
                    (
                        phase,
                        phase.add_child(
                            instance=StepPage(
                                title=f"Stap {number}.{order} {text(3)}", slug=f"stap-{number}-{order}", order=order,
                                summary=text(20), guiding_questions=[{"type": "question", "value": "Wie?"}],
                                body=body(),
                            )
                        ),
                    )
                )  # fmt: skip
        tool_index = home.add_child(instance=ToolIndexPage(title="Toolbox", slug="toolbox", intro=text(20)))
        story_index = home.add_child(
            instance=StoryIndexPage(title="Praktijkverhalen", slug="praktijkverhalen", intro=text(20))
        )
        types, provinces = ToolType.values, Province.values
        tools = []
        for i in range(tool_count):
            phase, step = rng.choice(steps)
            tool = ToolPage(
                title=f"{text(3)[:-1]} {i}", slug=f"tool-{i}", summary=text(25), tool_type=types[i % len(types)],
                body=body(), maintained_by="Bench", source="Bench",
            )  # fmt: skip
            tool.phases = [phase] + ([rng.choice(phases)] if i % 3 == 0 else [])
            tool.steps = [step]
            tool.roles = rng.sample(roles, 2)
            tool.themes = rng.sample(themes, 2)
            tools.append(tool_index.add_child(instance=tool))
        for i in range(story_count):
            story = PracticeStoryPage(
                title=f"Netwerk {text(2)[:-1]} {i}", slug=f"verhaal-{i}", summary=text(25), place=f"Plaats {i}",
                province=provinces[i % len(provinces)], setting="stad", start_year=2010 + i % 12, initiator="Huisarts",
                target_group=text(5), partner_kinds=text(5), funding=text(4), support=text(4),
                phase_reached=rng.choice(phases), body=body(), maintained_by="Bench",
            )  # fmt: skip
            story.roles = rng.sample(roles, 2)
            story.themes = rng.sample(themes, 2)
            story.tools_used = rng.sample(tools, 2)
            story_index.add_child(instance=story)
    analyze()
