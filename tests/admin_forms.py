"""Build the POST data of Wagtail's page editor for each page type, as a browser would send it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def page_data(title, slug, *, publish=True, multi=None, **fields):
    """Form data for a page: `fields` may hold nested dicts (streamfields, formsets), `multi` lists.

    The editor's tab "Eenvoudige versie" is posted empty unless `fields` fill it, as a browser posts
    it; page types without those fields ignore them."""
    fields = {**EMPTY_SIMPLE_VERSION, **fields}
    data = nested_form_data({"title": title, "slug": slug, "comments": inline_formset([]), **fields})
    data.update(multi or {})
    if publish:
        data["action-publish"] = "action-publish"
    return data


EMPTY_SIMPLE_VERSION = {
    "simple_intro": "",
    "simple_summary": "",
    "simple_guiding_questions": streamfield([]),
    "simple_body": streamfield([]),
}


def body(*paragraphs):
    return streamfield([("paragraph", rich_text(f"<p>{text}</p>")) for text in paragraphs])


def questions(*texts):
    return streamfield([("question", text) for text in texts])


def add_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def tool_data(title="Wijkscan", slug="wijkscan", *, phases=(), steps=(), roles=(), themes=(), **overrides):
    fields = {
        "summary": "Breng de wijk in beeld met data, dialoog en doen.",
        "tool_type": "methodiek",
        "tags": "wijkprofiel, data",
        "body": body("Zo maak je een wijkscan."),
        "document": "",
        "external_url": "",
        "external_label": "",
        "time_needed": "Twee maanden",
        "maintained_by": "Medrie en Proscop",
        "last_checked": "2026-10-01",
        "source": "Samenwerken in de wijk",
        **overrides,
    }
    multi = {
        "phases": [p.pk for p in phases],
        "steps": [s.pk for s in steps],
        "roles": [r.pk for r in roles],
        "themes": [t.pk for t in themes],
    }
    return title, slug, fields, multi


def story_data(title="Wedde dat 't lukt", slug="wedde", *, phase, roles=(), themes=(), status_updates=(), **overrides):
    fields = {
        "summary": "Drie dorpen houden ouderen langer thuis.",
        "place": "Wedde, Veelerveen en Vriescheloo",
        "province": "groningen",
        "setting": "regio",
        "start_year": "2014",
        "end_year": "",
        "status": "actief",
        "initiator": "Een huisarts",
        "target_group": "Ouderen in krimpdorpen",
        "partner_count": "14",
        "partner_kinds": "Zorg, welzijn, gemeente",
        "funding": "Gemeente Westerwolde, provincie Groningen, Menzis",
        "support": "",
        "phase_reached": str(phase.pk),
        "tags": "",
        "image": "",
        "body": body("Het begon bij de huisarts."),
        "lessons": streamfield([("lesson", "Laat bewoners eigenaar zijn.")]),
        "status_updates": inline_formset([{"date": d, "text": t} for d, t in status_updates]),
        "maintained_by": "Radboudumc",
        "last_checked": "2026-10-01",
        "source": "Eindrapport",
        **overrides,
    }
    multi = {
        "roles": [r.pk for r in roles],
        "themes": [t.pk for t in themes],
        "success_factors": [],
        "tools_used": [],
    }
    return title, slug, fields, multi


def post_page(client, url, title, slug, fields, multi=None, publish=True):
    return client.post(url, page_data(title, slug, publish=publish, multi=multi, **fields))


def form_errors(response):
    form = response.context["form"]
    return {name: [str(e) for e in errors] for name, errors in form.errors.items()}
