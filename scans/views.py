"""The visitor's side of a scan: start alone or as a team, answer screen by screen, read results.

Every page behind a link with a token is private: not cached anywhere, not indexed, and its
address is never sent to another site as a referrer, so the token stays with whoever holds the link.
"""

import csv

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from . import comparison_entries, ratelimit, scoring, team_results
from .chart import radar
from .forms import ComparisonForm, JoinForm, StepForm
from .models import ScanResponse, ScanVersion, TeamRound
from .next_steps import next_steps

NEXT, BACK = "volgende", "vorige"


def private(response):
    response["Cache-Control"] = "private, no-store"
    # The token never leaves the site as a referrer, yet the browser still names our origin
    # on form posts (with no-referrer it sends "Origin: null", which the CSRF check refuses).
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def message(request, scan, status, title, text, *, link=None):
    """A page that says in Dutch why something cannot be done, with the fitting status code."""
    context = {"page": scan, "title": title, "text": text, "link": link or (scan.url, f"Naar {scan.title}")}
    return private(TemplateResponse(request, "scans/message.html", context, status=status))


def unknown_link(request, scan):
    return message(
        request,
        scan,
        404,
        "Deze link kennen we niet",
        "Controleer of je de hele link hebt gekopieerd. Antwoorden en teamrondes worden na de "
        "bewaartermijn verwijderd; daarna werkt een link niet meer.",
    )


def closed_round(request, scan):
    return message(
        request,
        scan,
        410,
        "Deze ronde is gesloten",
        "De kartrekker heeft deze teamronde gesloten, dus er kunnen geen antwoorden meer bij. "
        "Wat je eerder hebt ingevuld, is bewaard en telt mee. Vraag de kartrekker om de link van een nieuwe ronde.",
    )


def too_many(request, scan):
    return message(
        request,
        scan,
        429,
        "Even wachten",
        "Vanaf jouw internetadres kwamen in korte tijd heel veel antwoorden binnen. Wacht een paar minuten "
        "en probeer het dan opnieuw; wat je al had opgeslagen, blijft bewaard.",
    )


# Starting


def start(request, scan):
    if request.method != "POST":
        return scan.render(request)
    if ratelimit.exceeded(request, "start"):
        return too_many(request, scan)
    choice = request.POST.get("start")
    if choice == "alleen":
        response = ScanResponse.objects.create(version=ScanVersion.current(scan))
        return redirect(scan.url + scan.reverse_subpage("answer", args=[response.token, 1]))
    if choice == "team":
        team_round = TeamRound.objects.create(scan=scan, version=ScanVersion.current(scan))
        return redirect(scan.url + scan.reverse_subpage("team_result", args=[team_round.results_token]) + "?nieuw=1")
    page = scan.render(request, context_overrides={"start_error": "Kies of je de scan alleen of met je team invult."})
    page.status_code = 400
    return page


def join(request, scan, token):
    team_round = TeamRound.objects.select_related("version").filter(scan=scan, answer_token=token).first()
    if team_round is None:
        return unknown_link(request, scan)
    if not team_round.is_open:
        return closed_round(request, scan)
    form = JoinForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if ratelimit.exceeded(request, "start"):
            return too_many(request, scan)
        if form.is_valid():
            response = ScanResponse.objects.create(
                version=team_round.version, round=team_round, role=form.chosen_role()
            )
            return redirect(scan.url + scan.reverse_subpage("answer", args=[response.token, 1]))
    context = {"page": scan, "team_round": team_round, "form": form, "retention_days": settings.SCAN_RETENTION_DAYS}
    status = 400 if form.errors else 200
    return private(TemplateResponse(request, "scans/join.html", context, status=status))


# Answering


def answer(request, scan, token, step):
    response = ScanResponse.objects.select_related("version", "round").filter(version__scan=scan, token=token).first()
    if response is None:
        return unknown_link(request, scan)
    if response.round is not None and not response.round.is_open:
        return closed_round(request, scan)
    dimensions = response.version.dimensions
    if not 1 <= step <= len(dimensions):
        return message(
            request,
            scan,
            404,
            "Deze stap bestaat niet",
            "Deze scan heeft minder onderdelen.",
            link=(scan.url + scan.reverse_subpage("answer", args=[token, 1]), "Naar het eerste onderdeel"),
        )
    dimension = dimensions[step - 1]
    scale = response.version.definition["scale"]
    # The wanted situation is a team's mirror: asked in a team round only, as the scan version says.
    ambition = response.version.definition.get("ambition", "") if response.round is not None else ""
    status = 200
    if request.method == "POST":
        if ratelimit.exceeded(request, "answer"):
            return too_many(request, scan)
        going_back = request.POST.get("actie") == BACK
        form = StepForm(dimension, scale, request.POST, require_all=not going_back, ambition=ambition)
        answers, talk = form.valid_answers()
        response.save_step(dimension, answers, talk, form.valid_ambitions())  # kept before anything else is shown
        if form.is_valid():
            if going_back:
                return redirect(scan.url + scan.reverse_subpage("answer", args=[token, max(step - 1, 1)]))
            if step < len(dimensions):
                return redirect(scan.url + scan.reverse_subpage("answer", args=[token, step + 1]))
            if response.completed_at is None:
                response.completed_at = timezone.now()
                response.save(update_fields=["completed_at"])
            return redirect(scan.url + scan.reverse_subpage("personal_result", args=[token]))
        status = 400
    else:
        form = StepForm(
            dimension,
            scale,
            initial=StepForm.initial_for(dimension, response.answers, response.talk_about, response.ambitions),
            ambition=ambition,
        )
    context = {
        "page": scan,
        "response": response,
        "dimension": dimension,
        "form": form,
        "step": step,
        "steps": len(dimensions),
        "scale": scale,
        "answered": sum(1 for s in dimension["statements"] if s["id"] in response.answers),
    }
    return private(TemplateResponse(request, "scans/answer.html", context, status=status))


# Results


def personal_result(request, scan, token):
    response = ScanResponse.objects.select_related("version", "round").filter(version__scan=scan, token=token).first()
    if response is None:
        return unknown_link(request, scan)
    definition = response.version.definition
    scores = scoring.personal(definition, response.answers)
    context = {
        "page": scan,
        "response": response,
        "scores": scores,
        "chart": radar(
            "Jouw scores per onderdeel", [s.title for s in scores], [("Jouw score", [s.mean for s in scores], "own")]
        ),
        "lowest": next_steps(scan, scoring.lowest(scores)),
        "agenda": scoring.agenda(definition, [response.talk_about]),
        "unanswered": sum(len(d["statements"]) for d in definition["dimensions"]) - len(response.answers),
        "answer_url": scan.url + scan.reverse_subpage("answer", args=[token, 1]),
    }
    return private(TemplateResponse(request, "scans/personal_result.html", context))


def team_result(request, scan, token):
    team_round = TeamRound.objects.select_related("version").filter(scan=scan, results_token=token).first()
    if team_round is None:
        return unknown_link(request, scan)
    opt_in_form, status = None, 200
    if request.method == "POST":
        action = request.POST.get("actie")
        if action == "sluiten":
            team_round.close()
            return redirect(request.path)
        if action == "nieuwe-ronde":
            if ratelimit.exceeded(request, "start"):
                return too_many(request, scan)
            new_round = team_round.start_next()
            return redirect(scan.url + scan.reverse_subpage("team_result", args=[new_round.results_token]) + "?nieuw=1")
        if action == comparison_entries.OPT_IN:
            if team_round.is_open:
                back = (request.path, "Terug naar de uitslag")
                return message(request, scan, 400, "Deze ronde is nog open", comparison_entries.OPEN_ROUND, link=back)
            opt_in_form = ComparisonForm(request.POST)
            if opt_in_form.is_valid():
                comparison_entries.opt_in(team_round, **opt_in_form.facts())
                return redirect(request.path + "#vergelijken")
            status = 400
        elif action == comparison_entries.OPT_OUT:
            comparison_entries.opt_out(team_round)
            return redirect(request.path + "#vergelijken")
        else:
            return message(
                request,
                scan,
                400,
                "Dat kan hier niet",
                "Kies ‘Ronde sluiten’ of ‘Nieuwe ronde starten’.",
                link=(request.path, "Terug naar de uitslag"),
            )
    answer_path = scan.url + scan.reverse_subpage("join", args=[team_round.answer_token])
    context = {
        **team_results.results(team_round, request.GET),
        "page": scan,
        "is_new": "nieuw" in request.GET,
        "answer_link": request.build_absolute_uri(answer_path),
        "results_link": request.build_absolute_uri(request.path),
    }
    if opt_in_form is not None:
        context["comparison"].form = opt_in_form  # shown again with what to change
    return private(TemplateResponse(request, "scans/team_result.html", context, status=status))


def team_csv(request, scan, token):
    """Every round of the team, per dimension: the whole team and each role group. Nothing per person."""
    team_round = TeamRound.objects.select_related("version").filter(scan=scan, results_token=token).first()
    if team_round is None:
        return unknown_link(request, scan)
    rounds, answers, history = team_results.rounds_with_scores(team_round)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="zelfscan-{scan.slug}-ronde-{team_round.number}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the accents right
    writer = csv.writer(response, delimiter=";")
    # The wanted situation and the gap are given for the whole team; the role group rows leave them empty.
    writer.writerow(
        [
            *["ronde", "onderdeel", "groep", "aantal", "gemiddelde", "laagste", "hoogste", "spreiding"],
            *["gewenst", "verschil"],
        ]
    )
    for team_round_, scores in history:
        responses = answers[team_round_.pk]
        groups = scoring.role_groups(
            team_round_.version.definition, [(r.role.name if r.role else None, r.answers) for r in responses]
        )
        for label, group_scores in [("Hele team", scores), *((g.label, g.scores) for g in groups)]:
            for s in group_scores:
                writer.writerow(
                    [
                        team_round_.number,
                        s.title,
                        label,
                        s.respondents,
                        *(_decimal(v) for v in (s.mean, s.low, s.high, s.spread, s.wanted, s.gap)),
                    ]
                )
    return private(response)


def _decimal(value):
    return "" if value is None else f"{value:.2f}".replace(".", ",")
