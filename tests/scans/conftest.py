"""The scans' own helpers: a visitor who answers a scan screen by screen with the test client."""

import re

import pytest

from scans.models import ScanResponse, TeamRound


def statement_fields(html):
    """The answer fields on a screen, in order (one name per statement)."""
    return list(dict.fromkeys(re.findall(r'name="(s-[^"]+)"', html)))


class Visitor:
    """Someone answering a scan with the test client: starts, answers screen by screen, reads results."""

    def __init__(self, client, scan):
        self.client = client
        self.scan = scan

    def start_alone(self):
        response = self.client.post(self.scan.url, {"start": "alleen"})
        assert response.status_code == 302
        return ScanResponse.objects.latest("created_at")

    def start_team(self):
        response = self.client.post(self.scan.url, {"start": "team"})
        assert response.status_code == 302
        return TeamRound.objects.latest("created_at")

    def join(self, team_round, role=""):
        response = self.client.post(f"{self.scan.url}team/{team_round.answer_token}/", {"role": role})
        assert response.status_code == 302, response.content
        return ScanResponse.objects.latest("created_at")

    def step_url(self, response, step):
        return f"{self.scan.url}invullen/{response.token}/{step}/"

    def answer(self, response, step, value, *, talk=(), action="volgende"):
        url = self.step_url(response, step)
        fields = statement_fields(self.client.get(url).text)
        data = {name: str(value(i) if callable(value) else value) for i, name in enumerate(fields)}
        data |= {f"t-{name[2:]}": "on" for i, name in enumerate(fields) if i in talk}
        return self.client.post(url, data | {"actie": action})

    def answer_all(self, response, value, *, talk=()):
        steps = len(response.version.dimensions)
        for step in range(1, steps + 1):
            result = self.answer(response, step, value, talk=talk)
            assert result.status_code == 302
        return result


@pytest.fixture
def visitor(client, scan):
    return Visitor(client, scan)
