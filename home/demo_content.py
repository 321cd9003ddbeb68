"""Build the demo toolbox from the YAML fixtures in home/fixtures/demo/.

Everything is validated before anything is written, and the whole load runs in one transaction.
A page that already exists (same slug under the same parent) is left alone, so an editor's
change is never overwritten; `force=True` updates it with a new published revision instead.
A page nobody has saved yet (no revision, such as the home page the migration created) is
filled in as if new.
"""

import datetime
import uuid
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import yaml
from django.db import transaction
from django.utils.text import slugify

from home.models import HomeFeaturedItem, HomePage
from phases.models import PhasePage, RoadmapPage, StepPage, SuccessAspect, SuccessFactor, SuccessFactorsPage
from scans.models import ScanIndexPage, ScanPage
from tools.choices import Province, Setting, Status, ToolType
from tools.models import PracticeStoryPage, Role, StoryIndexPage, StoryStatusUpdate, Theme, ToolIndexPage, ToolPage

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures" / "demo"
FILES = ["taxonomies.yaml", "success.yaml", "roadmap.yaml", "tools.yaml", "stories.yaml", "site.yaml", "scans.yaml"]
BODY_BLOCKS = {"heading", "paragraph", "list", "tip", "quote"}
FEATURED_KINDS = {"step", "tool", "story"}


class FixtureError(Exception):
    """A fixture that cannot be loaded; the message names the file and the entry."""


@dataclass
class Report:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    def summary(self):
        return (
            f"{len(self.created)} aangemaakt, {len(self.updated)} bijgewerkt, {len(self.skipped)} ongewijzigd gelaten"
        )


# --- reading and validating -------------------------------------------------------------------


class Fixtures:
    """The parsed fixture files, checked for shape and for references between them."""

    def __init__(self, directory=FIXTURES_DIR):
        self.directory = Path(directory)
        self.data = {name: self._read(name) for name in FILES}
        self.errors = []
        self._validate()
        if self.errors:
            raise FixtureError("De demo-inhoud bevat fouten:\n" + "\n".join(f"- {e}" for e in self.errors))

    def _read(self, name):
        path = self.directory / name
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise FixtureError(f"{name}: bestand ontbreekt in {self.directory}") from error
        except yaml.YAMLError as error:
            raise FixtureError(f"{name}: geen geldige YAML: {error}") from error
        if not isinstance(data, dict):
            raise FixtureError(f"{name}: verwacht een lijst met sleutels bovenaan het bestand")
        return data

    # Accessors used by the loader.
    @property
    def roles(self):
        return self.data["taxonomies.yaml"].get("roles") or []

    @property
    def themes(self):
        return self.data["taxonomies.yaml"].get("themes") or []

    @property
    def aspects(self):
        return self.data["success.yaml"].get("aspects") or []

    @property
    def roadmap(self):
        return self.data["roadmap.yaml"].get("roadmap") or {}

    @property
    def phases(self):
        return self.data["roadmap.yaml"].get("phases") or []

    @property
    def tools(self):
        return self.data["tools.yaml"].get("tools") or []

    @property
    def stories(self):
        return self.data["stories.yaml"].get("stories") or []

    @property
    def site(self):
        return self.data["site.yaml"]

    @property
    def scan_index(self):
        return self.data["scans.yaml"].get("index") or {}

    @property
    def scans(self):
        return self.data["scans.yaml"].get("scans") or []

    def _error(self, file, entry, message):
        self.errors.append(f"{file}, {entry}: {message}")

    def _require(self, file, entry, item, keys):
        for key in keys:
            value = item.get(key)
            if value is None or value == "" or value == []:
                self._error(file, entry, f"veld '{key}' ontbreekt of is leeg")

    def _slugs(self, file, kind, items):
        seen = set()
        for position, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                self._error(file, f"{kind} {position}", "verwacht een blok met velden")
                continue
            slug = item.get("slug")
            if not slug or slugify(slug) != slug:
                self._error(file, f"{kind} {position}", f"ongeldige of ontbrekende slug {slug!r}")
            elif slug in seen:
                self._error(file, f"{kind} '{slug}'", "deze slug komt twee keer voor")
            seen.add(slug)
        return seen

    def _refs(self, file, entry, item, key, known, label, *, minimum=0):
        values = item.get(key) or []
        if not isinstance(values, list):
            self._error(file, entry, f"'{key}' moet een lijst zijn")
            return []
        for value in values:
            if value not in known:
                self._error(file, entry, f"onbekende {label} '{value}' in '{key}'")
        if len(values) < minimum:
            self._error(file, entry, f"'{key}' heeft er minstens {minimum} nodig")
        return values

    def _choice(self, file, entry, item, key, choices, *, required=True):
        value = item.get(key)
        if value is None and not required:
            return
        if value not in choices:
            self._error(file, entry, f"'{key}' is {value!r}; kies uit {', '.join(sorted(choices))}")

    def _body(self, file, entry, blocks, key="body"):
        if not isinstance(blocks, list) or not blocks:
            self._error(file, entry, f"'{key}' is leeg; schrijf minstens één alinea")
            return
        for position, block in enumerate(blocks, start=1):
            if not isinstance(block, dict) or len(block) != 1 or next(iter(block)) not in BODY_BLOCKS:
                self._error(file, entry, f"blok {position} van '{key}' is geen van {', '.join(sorted(BODY_BLOCKS))}")

    def _validate(self):
        role_slugs = self._slugs("taxonomies.yaml", "rol", self.roles)
        theme_slugs = self._slugs("taxonomies.yaml", "thema", self.themes)
        for kind, items in (("rol", self.roles), ("thema", self.themes)):
            for item in items:
                self._require("taxonomies.yaml", f"{kind} '{item.get('slug')}'", item, ["name"])

        aspect_slugs = self._slugs("success.yaml", "aspect", self.aspects)
        factors = [factor for aspect in self.aspects for factor in aspect.get("factors") or []]
        factor_slugs = self._slugs("success.yaml", "factor", factors)
        for aspect in self.aspects:
            self._require("success.yaml", f"aspect '{aspect.get('slug')}'", aspect, ["name", "description", "factors"])
        kinds = set(SuccessFactor.Kind.values)
        for factor in factors:
            entry = f"factor '{factor.get('slug')}'"
            self._require("success.yaml", entry, factor, ["name", "description"])
            self._choice("success.yaml", entry, factor, "kind", kinds)

        self._require("roadmap.yaml", "roadmap", self.roadmap, ["title", "intro"])
        phase_slugs = self._slugs("roadmap.yaml", "fase", self.phases)
        steps = [step for phase in self.phases for step in phase.get("steps") or []]
        step_slugs = self._slugs("roadmap.yaml", "stap", steps)
        self.phase_of_step = {}
        colours = set(PhasePage.Colour.values)
        for phase in self.phases:
            entry = f"fase '{phase.get('slug')}'"
            self._require(
                "roadmap.yaml", entry, phase, ["number", "title", "short_name", "intro", "guiding_questions", "steps"]
            )
            self._choice("roadmap.yaml", entry, phase, "colour", colours)
            for step in phase.get("steps") or []:
                self.phase_of_step[step.get("slug")] = phase.get("slug")
                step_entry = f"stap '{step.get('slug')}'"
                self._require("roadmap.yaml", step_entry, step, ["title", "summary", "guiding_questions"])
                self._refs("roadmap.yaml", step_entry, step, "success_factors", factor_slugs, "succesfactor")
                self._body("roadmap.yaml", step_entry, step.get("body"))

        tool_slugs = self._slugs("tools.yaml", "tool", self.tools)
        for tool in self.tools:
            entry = f"tool '{tool.get('slug')}'"
            self._require("tools.yaml", entry, tool, ["title", "summary", "maintained_by", "last_checked"])
            self._choice("tools.yaml", entry, tool, "type", set(ToolType.values))
            phases = self._refs("tools.yaml", entry, tool, "phases", phase_slugs, "fase", minimum=1)
            for step in self._refs("tools.yaml", entry, tool, "steps", step_slugs, "stap"):
                if step in self.phase_of_step and self.phase_of_step[step] not in phases:
                    self._error(
                        "tools.yaml",
                        entry,
                        f"stap '{step}' hoort bij fase '{self.phase_of_step[step]}', die niet in 'phases' staat",
                    )
            self._refs("tools.yaml", entry, tool, "roles", role_slugs, "rol", minimum=1)
            self._refs("tools.yaml", entry, tool, "themes", theme_slugs, "thema", minimum=1)
            if tool.get("external_url") and not tool.get("external_label"):
                self._error("tools.yaml", entry, "een 'external_url' heeft een 'external_label' nodig")
            self._body("tools.yaml", entry, tool.get("body"))

        self._slugs("stories.yaml", "verhaal", self.stories)
        for story in self.stories:
            entry = f"verhaal '{story.get('slug')}'"
            self._require(
                "stories.yaml",
                entry,
                story,
                [
                    "title",
                    "summary",
                    "place",
                    "start_year",
                    "initiator",
                    "target_group",
                    "maintained_by",
                    "last_checked",
                ],
            )
            self._choice("stories.yaml", entry, story, "province", set(Province.values))
            self._choice("stories.yaml", entry, story, "setting", set(Setting.values))
            self._choice("stories.yaml", entry, story, "status", set(Status.values))
            self._choice("stories.yaml", entry, story, "phase_reached", phase_slugs)
            if story.get("status") == Status.STOPPED and not story.get("end_year"):
                self._error("stories.yaml", entry, "een gestopt netwerk heeft een 'end_year' nodig")
            self._refs("stories.yaml", entry, story, "roles", role_slugs, "rol", minimum=1)
            self._refs("stories.yaml", entry, story, "themes", theme_slugs, "thema", minimum=1)
            self._refs("stories.yaml", entry, story, "success_factors", factor_slugs, "succesfactor")
            self._refs("stories.yaml", entry, story, "tools", tool_slugs, "tool")
            self._body("stories.yaml", entry, story.get("body"))
            for update in story.get("status_updates") or []:
                if (
                    not isinstance(update, dict)
                    or not isinstance(update.get("date"), datetime.date)
                    or not update.get("text")
                ):
                    self._error(
                        "stories.yaml",
                        entry,
                        f"stand van zaken {update!r} heeft een 'date' (JJJJ-MM-DD) en een 'text' nodig",
                    )

        self._validate_scans(aspect_slugs, step_slugs, tool_slugs)

        for key in ("home", "toolbox", "stories_index", "success_page"):
            self._require("site.yaml", key, self.site.get(key) or {}, ["title", "intro"])
        known = {"step": step_slugs, "tool": tool_slugs, "story": {s.get("slug") for s in self.stories}}
        for reference in (self.site.get("home") or {}).get("featured") or []:
            kind, _, slug = str(reference).partition(":")
            if kind not in FEATURED_KINDS or slug not in known[kind]:
                self._error(
                    "site.yaml",
                    "home.featured",
                    f"onbekende verwijzing '{reference}' (gebruik step:, tool: of story: met een bestaande slug)",
                )
        for recommendation in self.site.get("recommendations") or []:
            self._require(
                "site.yaml",
                f"aanbeveling '{recommendation.get('title')}'",
                recommendation,
                ["title", "summary", "audiences"],
            )

    def _validate_scans(self, aspect_slugs, step_slugs, tool_slugs):
        self._require("scans.yaml", "index", self.scan_index, ["title", "intro"])
        self._slugs("scans.yaml", "scan", self.scans)
        for scan in self.scans:
            entry = f"scan '{scan.get('slug')}'"
            self._require("scans.yaml", entry, scan, ["title", "intro", "dimensions"])
            if scan.get("tool") and scan["tool"] not in tool_slugs:
                self._error("scans.yaml", entry, f"onbekende tool '{scan['tool']}'")
            for position, dimension in enumerate(scan.get("dimensions") or [], start=1):
                dimension_entry = f"{entry}, onderdeel {position}"
                self._require("scans.yaml", dimension_entry, dimension, ["title", "statements", "advice"])
                if dimension.get("aspect") and dimension["aspect"] not in aspect_slugs:
                    self._error("scans.yaml", dimension_entry, f"onbekend aspect '{dimension['aspect']}'")
                self._refs("scans.yaml", dimension_entry, dimension, "steps", step_slugs, "stap")
                self._refs("scans.yaml", dimension_entry, dimension, "tools", tool_slugs, "tool")


# --- converting to Wagtail values -------------------------------------------------------------


def stream_body(blocks):
    """Turn the fixtures' simple blocks into raw StreamField data of toolbox_site.blocks.BodyBlock."""
    raw = []
    for block in blocks:
        ((kind, value),) = block.items()
        if kind == "paragraph":
            raw.append({"type": "paragraph", "value": f"<p>{escape(str(value))}</p>"})
        elif kind == "list":
            raw.append({"type": "list", "value": [str(item) for item in value]})
        elif kind == "tip":
            raw.append(
                {"type": "tip", "value": {"title": value.get("title", "Tip uit de praktijk"), "text": value["text"]}}
            )
        elif kind == "quote":
            raw.append({"type": "quote", "value": {"text": value["text"], "source": value.get("source", "")}})
        else:
            raw.append({"type": kind, "value": str(value)})
    return raw


def list_items(values):
    """ListBlock data with an id per item, as the admin saves it (scan answers refer to these ids)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def stream_items(block_type, values):
    return [{"type": block_type, "value": str(value)} for value in values or []]


def recommendations(items):
    return [
        {
            "type": "recommendation",
            "value": {
                "title": item["title"],
                "summary": item["summary"],
                "audiences": [{"audience": a["audience"], "text": a["text"]} for a in item["audiences"]],
            },
        }
        for item in items or []
    ]


# --- writing ----------------------------------------------------------------------------------


class Loader:
    def __init__(self, fixtures, *, force=False):
        self.fixtures = fixtures
        self.force = force
        self.report = Report()

    @transaction.atomic
    def load(self):
        self.roles = self._snippets(Role, self.fixtures.roles)
        self.themes = self._snippets(Theme, self.fixtures.themes)
        self.factors = self._success()
        home = HomePage.objects.get(depth=2)
        site = self.fixtures.site
        self.steps = self._roadmap(home)
        self.tools = self._tools(home, site["toolbox"])
        self.stories = self._stories(home, site["stories_index"])
        self._page(
            home,
            SuccessFactorsPage,
            "succesfactoren",
            {"title": site["success_page"]["title"], "intro": site["success_page"]["intro"]},
        )
        self._scans(home)
        self._home(home, site)
        return self.report

    # snippets

    def _snippet(self, model, lookup, values):
        instance = model.objects.filter(**lookup).first()
        label = f"{model._meta.verbose_name} '{next(iter(lookup.values()))}'"
        if instance is None:
            instance = model.objects.create(**lookup, **values)
            self.report.created.append(label)
        elif self.force and any(getattr(instance, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(instance, key, value)
            instance.save()
            self.report.updated.append(label)
        else:
            self.report.skipped.append(label)
        return instance

    def _snippets(self, model, items):
        return {
            item["slug"]: self._snippet(
                model,
                {"slug": item["slug"]},
                {"name": item["name"], "description": item.get("description", ""), "sort_order": position},
            )
            for position, item in enumerate(items)
        }

    def _success(self):
        factors = {}
        for position, item in enumerate(self.fixtures.aspects):
            aspect = self._snippet(
                SuccessAspect,
                {"slug": item["slug"]},
                {"name": item["name"], "description": item["description"], "sort_order": position},
            )
            for order, factor in enumerate(item["factors"]):
                factors[factor["slug"]] = self._snippet(
                    SuccessFactor,
                    {"slug": factor["slug"]},
                    {
                        "aspect": aspect,
                        "name": factor["name"],
                        "kind": factor["kind"],
                        "description": factor["description"],
                        "sort_order": order,
                    },
                )
        return factors

    # pages

    def _page(self, parent, model, slug, fields, relations=None):
        """Create, keep or (with force) update one page; returns the page."""
        relations = relations or {}
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        label = f"{model._meta.verbose_name} '{slug}'"
        untouched = existing is not None and existing.latest_revision_id is None
        if existing is not None and not (self.force or untouched):
            self.report.skipped.append(label)
            return existing
        page = existing or model(slug=slug)
        for key, value in fields.items():
            setattr(page, key, value)
        for key, values in relations.items():
            getattr(page, key).set(values)
        if existing is None:
            parent.add_child(instance=page)
            self.report.created.append(label)
        else:
            self.report.updated.append(label)
        page.save_revision().publish()
        return page

    def _roadmap(self, home):
        data = self.fixtures.roadmap
        roadmap = self._page(home, RoadmapPage, "stappenplan", {"title": data["title"], "intro": data["intro"]})
        steps = {}
        for phase_data in self.fixtures.phases:
            phase = self._page(
                roadmap,
                PhasePage,
                phase_data["slug"],
                {
                    "title": phase_data["title"],
                    "number": phase_data["number"],
                    "short_name": phase_data["short_name"],
                    "colour": phase_data["colour"],
                    "intro": phase_data["intro"],
                    "guiding_questions": stream_items("question", phase_data["guiding_questions"]),
                },
            )
            for order, step_data in enumerate(phase_data["steps"], start=1):
                steps[step_data["slug"]] = self._page(
                    phase,
                    StepPage,
                    step_data["slug"],
                    {
                        "title": step_data["title"],
                        "order": order,
                        "summary": step_data["summary"],
                        "guiding_questions": stream_items("question", step_data["guiding_questions"]),
                        "body": stream_body(step_data["body"]),
                    },
                    {"success_factors": [self.factors[s] for s in step_data.get("success_factors") or []]},
                )
        self.phases = {phase.slug: phase for phase in PhasePage.objects.child_of(roadmap)}
        return steps

    def _kept_current(self, item):
        return {
            "maintained_by": item["maintained_by"],
            "last_checked": item["last_checked"],
            "source": item.get("source", ""),
        }

    def _tools(self, home, index_data):
        index = self._page(home, ToolIndexPage, "toolbox", {"title": index_data["title"], "intro": index_data["intro"]})
        tools = {}
        for item in self.fixtures.tools:
            tools[item["slug"]] = self._page(
                index,
                ToolPage,
                item["slug"],
                {
                    "title": item["title"],
                    "summary": item["summary"],
                    "tool_type": item["type"],
                    "body": stream_body(item["body"]),
                    "external_url": item.get("external_url", ""),
                    "external_label": item.get("external_label", ""),
                    "time_needed": item.get("time_needed", ""),
                    **self._kept_current(item),
                },
                {
                    "phases": [self.phases[s] for s in item["phases"]],
                    "steps": [self.steps[s] for s in item.get("steps") or []],
                    "roles": [self.roles[s] for s in item["roles"]],
                    "themes": [self.themes[s] for s in item["themes"]],
                    "tags": item.get("tags") or [],
                },
            )
        return tools

    def _stories(self, home, index_data):
        index = self._page(
            home, StoryIndexPage, "praktijkverhalen", {"title": index_data["title"], "intro": index_data["intro"]}
        )
        stories = {}
        for item in self.fixtures.stories:
            story_fields = {
                key: item.get(key) or ""
                for key in (
                    "summary",
                    "place",
                    "province",
                    "setting",
                    "status",
                    "initiator",
                    "target_group",
                    "partner_kinds",
                    "funding",
                    "support",
                )
            }
            stories[item["slug"]] = self._page(
                index,
                PracticeStoryPage,
                item["slug"],
                {
                    "title": item["title"],
                    **story_fields,
                    "start_year": item["start_year"],
                    "end_year": item.get("end_year"),
                    "partner_count": item.get("partner_count"),
                    "phase_reached": self.phases[item["phase_reached"]],
                    "lessons": stream_items("lesson", item.get("lessons")),
                    "status_updates": [
                        StoryStatusUpdate(date=u["date"], text=u["text"]) for u in item.get("status_updates") or []
                    ],
                    "body": stream_body(item["body"]),
                    **self._kept_current(item),
                },
                {
                    "roles": [self.roles[s] for s in item["roles"]],
                    "themes": [self.themes[s] for s in item["themes"]],
                    "success_factors": [self.factors[s] for s in item.get("success_factors") or []],
                    "tools_used": [self.tools[s] for s in item.get("tools") or []],
                    "tags": item.get("tags") or [],
                },
            )
        return stories

    def _scans(self, home):
        data = self.fixtures.scan_index
        index = self._page(home, ScanIndexPage, "zelfscans", {"title": data["title"], "intro": data["intro"]})
        aspects = {aspect.slug: aspect.pk for aspect in SuccessAspect.objects.all()}
        for item in self.fixtures.scans:
            dimensions = [
                {
                    "type": "dimension",
                    "value": {
                        "title": d["title"],
                        "description": d.get("description", ""),
                        "aspect": aspects.get(d.get("aspect")),
                        "statements": list_items(str(text) for text in d["statements"]),
                        "advice": f"<p>{escape(str(d['advice']))}</p>",
                        "steps": list_items(self.steps[slug].pk for slug in d.get("steps") or []),
                        "tools": list_items(self.tools[slug].pk for slug in d.get("tools") or []),
                    },
                }
                for d in item["dimensions"]
            ]
            self._page(
                index,
                ScanPage,
                item["slug"],
                {
                    "title": item["title"],
                    "intro": item["intro"],
                    "duration": item.get("duration", ""),
                    "tool": self.tools.get(item.get("tool")),
                    "dimensions": dimensions,
                },
            )

    def _home(self, home, site):
        data = site["home"]
        if home.latest_revision_id is not None and not self.force:
            self.report.skipped.append("homepage")
            return
        home.title = data["title"]
        home.intro = data["intro"]
        home.recommendations = recommendations(site.get("recommendations"))
        targets = {"step": self.steps, "tool": self.tools, "story": self.stories}
        home.featured_items.set(
            [
                HomeFeaturedItem(linked_page=targets[kind][slug], sort_order=position)
                for position, (kind, _, slug) in enumerate(
                    str(ref).partition(":") for ref in data.get("featured") or []
                )
            ]
        )
        home.save_revision().publish()
        self.report.updated.append("homepage")


def load_demo_content(directory=FIXTURES_DIR, *, force=False):
    return Loader(Fixtures(directory), force=force).load()
