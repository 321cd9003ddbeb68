"""A network's walk through the roadmap: the live steps in order, each with the network's status.

Steps come from the published roadmap as it is now: a step an editor adds shows up as "nog niet
begonnen", a step an editor unpublishes drops out (its status and history are kept and come back
with it). Three queries whatever the number of phases, steps and statuses.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

from phases.models import PhasePage, StepPage

from .models.progress import FINISHED, Status, StepStatus


@dataclass
class StepProgress:
    step: StepPage
    phase: PhasePage
    status: str = Status.NOT_STARTED
    note: str = ""
    changed_by_name: str = ""
    changed_at: object = None

    @property
    def status_label(self):
        return Status(self.status).label

    @property
    def is_finished(self):
        return self.status in FINISHED


@dataclass
class PhaseProgress:
    phase: PhasePage
    steps: list = field(default_factory=list)

    @property
    def total(self):
        return len(self.steps)

    @property
    def finished(self):
        return sum(1 for step in self.steps if step.is_finished)

    @property
    def done(self):
        return sum(1 for step in self.steps if step.status == Status.DONE)

    @property
    def percent(self):
        return round(100 * self.finished / self.total) if self.total else 0


def live_roadmap():
    """The live public phases in their order, each with its live public steps in their order (two queries)."""
    phases = list(PhasePage.objects.live().public().order_by("number"))
    by_path = {phase.path: phase for phase in phases}
    steps = {}
    for step in StepPage.objects.live().public().order_by("order", "path").defer_streamfields():
        phase = by_path.get(step.path[: -Page.steplen])
        if phase is not None:
            steps.setdefault(phase.pk, []).append(step)
    return [(phase, steps.get(phase.pk, [])) for phase in phases]


def progress(network):
    """The network's progress per phase, as a list of PhaseProgress."""
    statuses = {status.step_id: status for status in StepStatus.objects.filter(network=network)}
    phases = []
    for phase, steps in live_roadmap():
        rows = []
        for step in steps:
            status = statuses.get(step.pk)
            row = StepProgress(step, phase)
            if status is not None:
                row.status, row.note = status.status, status.note
                row.changed_by_name, row.changed_at = status.changed_by_name, status.changed_at
            rows.append(row)
        phases.append(PhaseProgress(phase, rows))
    return phases


def next_step(phases):
    """The first step in roadmap order that is neither done nor skipped, or None when all are."""
    return next((row for phase in phases for row in phase.steps if not row.is_finished), None)
