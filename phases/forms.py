"""Admin forms of the roadmap pages: rules an editor must not be able to break."""

from toolbox_site.simple_language import SimpleVersionForm


class PhasePageForm(SimpleVersionForm):
    def clean_number(self):
        number = self.cleaned_data.get("number")
        if number is None:
            return number
        others = type(self.instance).objects.filter(number=number)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            self.add_error("number", f"Er is al een fase met nummer {number}. Elke fase heeft een eigen nummer.")
        return number


class StepPageForm(SimpleVersionForm):
    def clean_order(self):
        order = self.cleaned_data.get("order")
        parent = self.parent_page if self.instance._state.adding else self.instance.get_parent()
        if order is None or parent is None:
            return order
        siblings = type(self.instance).objects.child_of(parent).filter(order=order)
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        if siblings.exists():
            self.add_error("order", f"Er is in deze fase al een stap met volgnummer {order}. Kies een ander nummer.")
        return order
