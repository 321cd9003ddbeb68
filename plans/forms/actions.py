"""The form of an action of the plan van aanpak: what, why, who, when, status, and what it came from.

Who is one select of this network's members and partners ("lid-<pk>", "partner-<pk>"), so an
owner of another network is never a valid choice. The links to a tool and a scan dimension travel
as hidden inputs; the step is a select of the roadmap, so a member can link an action to a step
afterwards. Links from the query string ("Zet in ons plan") are checked like posted ones: an id
that is not a live page, or a dimension the scan does not have, is left out.
"""

from django import forms

from networks.roadmap import live_roadmap
from phases.models import StepPage
from scans.models import ScanPage
from tools.models import ToolPage

from ..models import Action, ActionStatus

REQUIRED = {"required": "Vul dit in.", "max_length": "Gebruik hoogstens %(limit_value)d tekens (nu %(show_value)d)."}
CHOOSE = {"required": "Maak een keuze.", "invalid_choice": "Kies een van de mogelijkheden."}
NOBODY = ""
MAX_PK = 2**31 - 1

# Query string names of "Zet in ons plan" → the form's own names.
QUERY_LINKS = {"stap": "step", "tool": "tool", "scan": "scan", "onderdeel": "onderdeel"}


def page_pk(value):
    """A page id from untrusted input, or None: never an error, never a number the database cannot hold."""
    value = str(value or "").strip()
    return int(value) if value.isdigit() and int(value) <= MAX_PK else None


def query_links(params):
    """The links "Zet in ons plan" put in the query string (`?stap=`, `?tool=`, `?scan=&onderdeel=`), unchecked."""
    return {name: params.get(key, "") for key, name in QUERY_LINKS.items() if params.get(key)}


def dimension_titles(scan):
    """Dimension id → title, as the scan reads now (the ids a team round's results carry)."""
    return {dimension["id"]: dimension["title"] for dimension in scan.definition()["dimensions"]}


def owner_value(action):
    if action.owner_member_id:
        return f"lid-{action.owner_member_id}"
    if action.owner_partner_id:
        return f"partner-{action.owner_partner_id}"
    return NOBODY


class ActionForm(forms.ModelForm):
    who = forms.ChoiceField(
        label="Wie",
        required=False,
        help_text="Een lid van de netwerkplek of een partner aan tafel. Mag nog open blijven.",
        error_messages=CHOOSE,
    )
    status = forms.ChoiceField(
        label="Status",
        choices=ActionStatus.choices,
        initial=ActionStatus.OPEN,
        widget=forms.RadioSelect,
        error_messages=CHOOSE,
    )
    due_date = forms.DateField(
        label="Wanneer klaar",
        required=False,
        input_formats=["%Y-%m-%d", "%d-%m-%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="Niet verplicht. Een datum maakt zichtbaar wanneer een actie over de datum is.",
        error_messages={"invalid": "Vul een bestaande datum in, bijvoorbeeld 15-03-2027."},
    )
    tool = forms.CharField(required=False, widget=forms.HiddenInput)
    scan = forms.CharField(required=False, widget=forms.HiddenInput)
    onderdeel = forms.CharField(required=False, widget=forms.HiddenInput)

    field_order = ["what", "why", "who", "due_date", "status", "step"]

    class Meta:
        model = Action
        # `status` is left out on purpose: it goes through Action.set_status, which keeps closed_at right.
        fields = ["what", "why", "due_date", "step"]
        widgets = {"why": forms.Textarea(attrs={"rows": 3})}
        error_messages = {"what": REQUIRED, "why": REQUIRED, "step": CHOOSE}

    def __init__(self, data=None, *, network, instance=None, links=None):
        instance = instance or Action(network=network)
        initial = {}
        if instance.pk:
            initial = {
                "who": owner_value(instance),
                "status": instance.status,
                "tool": instance.tool_id or "",
                "scan": instance.scan_id or "",
                "onderdeel": instance.dimension_id,
            }
        super().__init__(data, instance=instance, initial=initial)
        self.network = network
        self.fields["why"].help_text = "Niet verplicht: wat wil het netwerk ermee bereiken?"
        self.fields["who"].choices = self._owner_choices()
        self._set_up_step()
        self.linked = self._resolve(data if data is not None else {**initial, **(links or {})}, bound=data is not None)
        if data is None and links:
            self._prefill()

    # --- choices ---------------------------------------------------------------------------

    def _owner_choices(self):
        members = [(f"lid-{m.pk}", m.name) for m in self.network.memberships.order_by("name", "pk")]
        partners = [(f"partner-{p.pk}", p.name) for p in self.network.partners.all()]
        groups = [("Leden", members)] if members else []
        if partners:
            groups.append(("Partners", partners))
        return [(NOBODY, "Nog niemand"), *groups]

    def _set_up_step(self):
        field = self.fields["step"]
        field.label, field.empty_label = "Hoort bij de stap", "Geen stap"
        field.help_text = "Niet verplicht. Met een stap staat de actie in het plan bij de fase van die stap."
        current = self.instance.step_id
        queryset = StepPage.objects.live().public()
        field.queryset = queryset | StepPage.objects.filter(pk=current) if current else queryset
        choices = [("", "Geen stap")]
        in_roadmap = set()
        for phase, steps in live_roadmap():
            if steps:
                choices.append((f"Fase {phase.number}: {phase.short_name}", [(s.pk, s.title) for s in steps]))
                in_roadmap.update(s.pk for s in steps)
        if current and current not in in_roadmap and self.instance.step:
            choices.append(("Niet in het stappenplan", [(current, self.instance.step.title)]))
        field.choices = choices

    # --- links -----------------------------------------------------------------------------

    def _page(self, model, value, current):
        pk = page_pk(value)
        if pk is None:
            return None
        if current is not None and current.pk == pk:
            return current  # an action keeps its link, also when the page went offline since
        return model.objects.live().public().filter(pk=pk).first()

    def _resolve(self, source, bound):
        """The step (for a pre-fill), tool, scan and dimension that `source` names and that exist."""
        instance = self.instance
        step = None if bound else self._page(StepPage, source.get("step"), instance.step if instance.step_id else None)
        tool = self._page(ToolPage, source.get("tool"), instance.tool if instance.tool_id else None)
        scan = self._page(ScanPage, source.get("scan"), instance.scan if instance.scan_id else None)
        dimension_id = str(source.get("onderdeel") or "")[:64]
        title = ""
        if scan is not None and dimension_id:
            title = dimension_titles(scan).get(dimension_id, "")
            if not title and scan.pk == instance.scan_id and dimension_id == instance.dimension_id:
                title = instance.dimension_title  # the dimension was renamed or removed since
        if not title:
            dimension_id = ""
        return {"step": step, "tool": tool, "scan": scan, "dimension_id": dimension_id, "dimension_title": title}

    def _prefill(self):
        """A new action from "Zet in ons plan": the link set, and what it is about as its first words."""
        linked = self.linked
        step, tool = linked["step"], linked["tool"]
        if step is not None:
            self.initial["step"] = step.pk
        self.initial["tool"] = tool.pk if tool else ""
        self.initial["scan"] = linked["scan"].pk if linked["scan"] else ""
        self.initial["onderdeel"] = linked["dimension_id"]
        if step is not None:
            what = step.title
        elif tool is not None:
            what = f"Aan de slag met {tool.title}"
        elif linked["dimension_title"]:
            what = f"Werken aan {linked['dimension_title'].lower()}"
        else:
            return
        self.initial["what"] = what[: Action._meta.get_field("what").max_length]

    def links(self):
        """What the action is linked to besides its step, to show above the form (and keep in hidden inputs)."""
        return {key: self.linked[key] for key in ("tool", "scan", "dimension_title")}

    # --- cleaning and saving ---------------------------------------------------------------

    def full_clean(self):
        super().full_clean()
        if self.is_bound and "due_date" in self._errors:
            # A date input can only hold a valid date: show what was typed in a text input instead.
            self.fields["due_date"].widget.input_type = "text"

    def clean_tool(self):
        return self.linked["tool"]

    def clean_scan(self):
        return self.linked["scan"]

    def clean_onderdeel(self):
        return self.linked["dimension_id"]

    def save(self, commit=True, *, now=None, user=None):
        action = super().save(commit=False)
        kind, _, pk = self.cleaned_data["who"].partition("-")
        action.owner_member = self.network.memberships.get(pk=pk) if kind == "lid" else None
        action.owner_partner = self.network.partners.get(pk=pk) if kind == "partner" else None
        action.tool = self.cleaned_data["tool"]
        action.scan = self.cleaned_data["scan"]
        action.dimension_id = self.linked["dimension_id"]
        action.dimension_title = self.linked["dimension_title"]
        action.set_status(self.cleaned_data["status"], now=now)
        if action.pk is None and user is not None:
            action.created_by = user
        if commit:
            action.save()
        return action
