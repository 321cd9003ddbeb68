"""Admin forms for tools and stories: required labels with Dutch messages, consistent relations."""

from wagtail.admin.forms import WagtailAdminPageForm

from toolbox_site.simple_language import SimpleVersionForm


class RequiredLabelsForm(WagtailAdminPageForm):
    """Gives every required label field a Dutch message that says what to do."""

    required_messages = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.required_messages.items():
            if name in self.fields:
                self.fields[name].required = True
                self.fields[name].error_messages["required"] = message


class ToolPageForm(SimpleVersionForm, RequiredLabelsForm):
    required_messages = {
        "phases": "Kies minstens één fase waarin deze tool helpt.",
        "roles": "Kies minstens één rol voor wie deze tool bedoeld is.",
        "themes": "Kies minstens één thema waar deze tool over gaat.",
        "tool_type": "Kies wat voor soort tool dit is.",
    }

    def clean(self):
        cleaned_data = super().clean()
        phases = cleaned_data.get("phases")
        steps = cleaned_data.get("steps")
        # A tool's phases are the one source of truth for the phase filter: a chosen step
        # must not place the tool in a phase the editor did not tick.
        if phases is not None and steps:
            phase_paths = {phase.path for phase in phases}
            outside = [step for step in steps if step.path[: -step.steplen] not in phase_paths]
            if outside:
                names = ", ".join(f"‘{step.title}’" for step in outside)
                self.add_error(
                    "steps",
                    f"De stap(pen) {names} horen bij een fase die je niet hebt gekozen. "
                    "Vink die fase ook aan, of kies een andere stap.",
                )
        if cleaned_data.get("external_url") and not cleaned_data.get("external_label"):
            self.add_error("external_label", "Zeg waar de externe link heen gaat, bijvoorbeeld ‘Website van HKZ’.")
        return cleaned_data


class PracticeStoryPageForm(RequiredLabelsForm):
    required_messages = {
        "roles": "Kies minstens één rol die in dit verhaal een hoofdrol speelt.",
        "themes": "Kies minstens één thema waar dit netwerk aan werkt.",
        "phase_reached": "Kies de fase die dit netwerk heeft bereikt.",
        "province": "Kies de provincie waar dit netwerk werkt.",
    }
