"""The demo's snippets: roles, themes, success aspects and factors, and the roles a network needs.

`SnippetLoader` is the half of home.demo.loader.Loader that writes snippets: each is made when
missing, left alone when it exists, and updated only with `force`, like the pages.
"""

from networks.models import NeededRole
from phases.models import SuccessAspect, SuccessFactor


class SnippetLoader:
    """Needs `self.fixtures`, `self.force` and `self.report` (home.demo.loader.Loader sets them)."""

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

    def _needed_roles(self):
        """The roles a network usually needs (networks.NeededRole), each with the step or tool that helps."""
        for position, item in enumerate(self.fixtures.needed_roles):
            help_page = self.steps[item["step"]] if item.get("step") else self.tools.get(item.get("tool"))
            self._snippet(
                NeededRole,
                {"role": self.roles[item["role"]]},
                {"why": item["why"], "help_page": help_page, "sort_order": position},
            )
