"""The workspace's fixtures (tests/networks/conftest.py), shared with the plan, agreement and rhythm tests."""

from tests.networks.conftest import (  # noqa: F401
    kartrekker,
    member,
    network,
    other_network,
    outsider,
    partner,
    reader,
    steps,
    world,
)
