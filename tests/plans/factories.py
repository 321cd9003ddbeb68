"""Factories for the plan van aanpak and the agreement."""

import factory
from factory.django import DjangoModelFactory

from plans.models import Action
from tests.networks.factories import NetworkFactory


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action

    network = factory.SubFactory(NetworkFactory)
    what = factory.Sequence(lambda n: f"Actie {n}")
    why = "Zodat de partners weten wat er speelt."
