"""Turn the fixtures' plain YAML values into the raw StreamField data the demo pages are saved with."""

import uuid
from html import escape


def paragraph(text):
    """Plain fixture text as one escaped rich-text paragraph."""
    return f"<p>{escape(str(text))}</p>"


def stream_body(blocks):
    """Turn the fixtures' simple blocks into raw StreamField data of toolbox_site.blocks.BodyBlock."""
    raw = []
    for block in blocks:
        ((kind, value),) = block.items()
        if kind == "paragraph":
            raw.append({"type": "paragraph", "value": paragraph(value)})
        elif kind == "list":
            raw.append({"type": "list", "value": [str(item) for item in value]})
        elif kind == "tip":
            raw.append(
                {"type": "tip", "value": {"title": value.get("title", "Tip uit de praktijk"), "text": value["text"]}}
            )
        elif kind == "quote":
            raw.append({"type": "quote", "value": {"text": value["text"], "source": value.get("source", "")}})
        else:
            raw.append({"type": kind, "value": str(value)})
    return raw


def list_items(values):
    """ListBlock data with an id per item, as the admin saves it (scan answers refer to these ids)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def stream_items(block_type, values):
    return [{"type": block_type, "value": str(value)} for value in values or []]


def recommendations(items):
    return [
        {
            "type": "recommendation",
            "value": {
                "title": item["title"],
                "summary": item["summary"],
                "audiences": [{"audience": a["audience"], "text": a["text"]} for a in item["audiences"]],
            },
        }
        for item in items or []
    ]


def scan_dimensions(dimensions, aspects, steps, tools):
    """A scan's DimensionBlock stream; `aspects` maps slugs to pks, `steps` and `tools` slugs to pages."""
    return [
        {
            "type": "dimension",
            "value": {
                "title": d["title"],
                "description": d.get("description", ""),
                "aspect": aspects.get(d.get("aspect")),
                "statements": list_items(str(text) for text in d["statements"]),
                "advice": paragraph(d["advice"]),
                "steps": list_items(steps[slug].pk for slug in d.get("steps") or []),
                "tools": list_items(tools[slug].pk for slug in d.get("tools") or []),
            },
        }
        for d in dimensions
    ]


def simple_version(item):
    """The page fields of an item's `simple:` fixture (its "eenvoudige versie"); empty fields without one."""
    simple = item.get("simple") or {}
    fields = {}
    for key, value in simple.items():
        if key == "body":
            fields["simple_body"] = stream_body(value)
        elif key == "guiding_questions":
            fields["simple_guiding_questions"] = stream_items("question", value)
        else:
            fields[f"simple_{key}"] = str(value)
    return fields
