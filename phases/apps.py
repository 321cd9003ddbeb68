from django.apps import AppConfig


class PhasesConfig(AppConfig):
    name = "phases"
    verbose_name = "Stappenplan"

    def ready(self):
        from toolbox_site.signals import bump_on_change

        from .models import SuccessAspect, SuccessFactor

        bump_on_change(SuccessAspect, SuccessFactor)
