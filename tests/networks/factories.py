"""Factories for the workspace: accounts with a verified e-mail address, networks, members, partners, roles."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from networks.models import Invitation, Membership, NeededRole, Network, Partner, WorkspaceRole
from tests.factories import RoleFactory


class UserFactory(DjangoModelFactory):
    """A workspace account as allauth makes it: the e-mail address is the login, verified unless `verified=False`."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"deelnemer{n}@voorbeeld.nl")
    username = factory.LazyAttribute(lambda o: o.email)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=extracted is not False)


class NetworkFactory(DjangoModelFactory):
    class Meta:
        model = Network

    name = factory.Sequence(lambda n: f"Wijknetwerk Kwikstaart {n}")
    place = factory.Sequence(lambda n: f"Dorp {n}")
    province = "friesland"
    setting = "dorp"
    residents = 7_500
    start_year = 2025


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    network = factory.SubFactory(NetworkFactory)
    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Deelnemer {n}")
    workspace_role = WorkspaceRole.MEMBER
    role = factory.SubFactory(RoleFactory)


class PartnerFactory(DjangoModelFactory):
    class Meta:
        model = Partner

    network = factory.SubFactory(NetworkFactory)
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    role = factory.SubFactory(RoleFactory)
    contact_name = ""


class NeededRoleFactory(DjangoModelFactory):
    class Meta:
        model = NeededRole

    role = factory.SubFactory(RoleFactory)
    why = "Zonder deze rol mist het netwerk een kant van de wijk."
    sort_order = factory.Sequence(lambda n: n)


def invitation(network, email, workspace_role=WorkspaceRole.MEMBER, invited_by=None):
    """An open invitation and the token of its link, as the invite form makes them."""
    return Invitation.create(network, email, workspace_role, invited_by)
