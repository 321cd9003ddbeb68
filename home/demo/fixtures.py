"""Read and check the demo toolbox's YAML fixtures in home/fixtures/demo/ before anything is written.

`Fixtures` parses every file and validates its shape and the references between files (a tool's
steps, a story's phase, the home page's featured items); `FixtureError` names each broken entry.
Loading them into pages and snippets is home.demo.loader's job.
"""

import datetime
from pathlib import Path

import yaml
from django.utils.text import slugify

from phases.models import PhasePage, SuccessFactor
from tools.choices import Province, Setting, Status, ToolType

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "demo"
FILES = ["taxonomies.yaml", "success.yaml", "roadmap.yaml", "tools.yaml", "stories.yaml", "site.yaml", "scans.yaml"]
BODY_BLOCKS = {"heading", "paragraph", "list", "tip", "quote"}
FEATURED_KINDS = {"step", "tool", "story"}
# The "eenvoudige versie" of a phase, step or tool (toolbox_site.simple_language): all keys or none.
SIMPLE_KEYS = {
    "phase": ["intro", "guiding_questions"],
    "step": ["summary", "guiding_questions", "body"],
    "tool": ["summary", "body"],
}


class FixtureError(Exception):
    """A fixture that cannot be loaded; the message names the file and the entry."""


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
    def needed_roles(self):
        return self.data["taxonomies.yaml"].get("needed_roles") or []

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

    def _simple(self, file, entry, item, kind):
        simple = item.get("simple")
        if simple is None:
            return
        if not isinstance(simple, dict) or set(simple) != set(SIMPLE_KEYS[kind]):
            self._error(file, entry, f"'simple' heeft precies deze velden nodig: {', '.join(SIMPLE_KEYS[kind])}")
            return
        self._require(file, f"{entry} (eenvoudige versie)", simple, SIMPLE_KEYS[kind])
        if "body" in simple:
            self._body(file, f"{entry} (eenvoudige versie)", simple["body"])

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
            self._simple("roadmap.yaml", entry, phase, "phase")
            for step in phase.get("steps") or []:
                self.phase_of_step[step.get("slug")] = phase.get("slug")
                step_entry = f"stap '{step.get('slug')}'"
                self._require("roadmap.yaml", step_entry, step, ["title", "summary", "guiding_questions"])
                self._refs("roadmap.yaml", step_entry, step, "success_factors", factor_slugs, "succesfactor")
                self._body("roadmap.yaml", step_entry, step.get("body"))
                self._simple("roadmap.yaml", step_entry, step, "step")

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
            self._simple("tools.yaml", entry, tool, "tool")

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
        self._validate_needed_roles(role_slugs, step_slugs, tool_slugs)

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

    def _validate_needed_roles(self, role_slugs, step_slugs, tool_slugs):
        for item in self.needed_roles:
            entry = f"benodigde rol '{item.get('role')}'"
            self._require("taxonomies.yaml", entry, item, ["role", "why"])
            if item.get("role") not in role_slugs:
                self._error("taxonomies.yaml", entry, f"onbekende rol '{item.get('role')}'")
            if item.get("step") and item["step"] not in step_slugs:
                self._error("taxonomies.yaml", entry, f"onbekende stap '{item['step']}'")
            if item.get("tool") and item["tool"] not in tool_slugs:
                self._error("taxonomies.yaml", entry, f"onbekende tool '{item['tool']}'")

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
