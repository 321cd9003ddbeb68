"""Build the demo toolbox from the checked fixtures (home.demo.fixtures) in one transaction.

A page that already exists (same slug under the same parent) is left alone, so an editor's
change is never overwritten; `force=True` updates it with a new published revision instead.
A page nobody has saved yet (no revision, such as the home page the migration created) is
filled in as if new.
"""

from dataclasses import dataclass, field

from django.db import transaction

from home.models import HomeFeaturedItem, HomePage
from phases.models import PhasePage, RoadmapPage, StepPage, SuccessAspect, SuccessFactorsPage
from scans.models import ScanIndexPage, ScanPage
from tools.models import PracticeStoryPage, Role, StoryIndexPage, StoryStatusUpdate, Theme, ToolIndexPage, ToolPage

from .fixtures import FIXTURES_DIR, Fixtures
from .snippets import SnippetLoader
from .streams import recommendations, scan_dimensions, simple_version, stream_body, stream_items


@dataclass
class Report:
    """The labels of what one load created, updated and left alone, for the command to print."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    def summary(self):
        return (
            f"{len(self.created)} aangemaakt, {len(self.updated)} bijgewerkt, {len(self.skipped)} ongewijzigd gelaten"
        )


class Loader(SnippetLoader):
    """Writes checked Fixtures as snippets and pages, keeping what exists unless `force`."""

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
        self._needed_roles()
        return self.report

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
                    **simple_version(phase_data),
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
                        **simple_version(step_data),
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
                    **simple_version(item),
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
                    "status_updates": [  # in the file's order: Orderable sorts by sort_order, never by chance
                        StoryStatusUpdate(date=u["date"], text=u["text"], sort_order=number)
                        for number, u in enumerate(item.get("status_updates") or [])
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
            dimensions = scan_dimensions(item["dimensions"], aspects, self.steps, self.tools)
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
