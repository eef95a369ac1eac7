"""``quizgen schema``: the deck file's JSON Schema holds the contract of DESIGN.md, and a
generated deck satisfies it (checked with a small JSON Schema validator below, and by the
models' own round trip)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from quizgen.cli import main
from quizgen.models import SCHEMA_VERSION, Deck, parse_deck
from quizgen.pipeline import build_deck

REPO = Path(__file__).resolve().parents[2]

ITEM_FIELDS = {"id", "type", "prompt", "answer", "source", "explanation", "tags", "difficulty"}
REQUIRED_ITEM_FIELDS = {"id", "prompt", "answer", "source"}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["schema"])
    assert code == 0
    parsed = json.loads(out.getvalue())  # valid JSON, and nothing else on stdout
    assert isinstance(parsed, dict)
    return parsed


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are expected, got {ref}"
        target: Any = schema
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def _item_schemas(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Item type name -> its object schema, found through the ``items`` array."""
    items = _resolve(schema, schema["properties"]["items"])
    assert items.get("type") == "array"
    element = _resolve(schema, items["items"])
    variants = element.get("oneOf") or element.get("anyOf")
    assert variants, "items must be a union of the item types"
    out: dict[str, dict[str, Any]] = {}
    for variant in variants:
        obj = _resolve(schema, variant)
        type_schema = obj["properties"]["type"]
        name = type_schema.get("const") or type_schema.get("enum", [None])[0]
        out[name] = obj
    return out


def test_schema_has_the_top_level_contract(schema: dict[str, Any]) -> None:
    assert schema.get("type") == "object"
    props = schema["properties"]
    assert {"schema_version", "title", "sources", "items"} <= set(props)
    assert "title" in schema.get("required", [])
    version = props["schema_version"]
    assert version.get("const", (version.get("enum") or [None])[0]) == SCHEMA_VERSION
    sources = _resolve(schema, props["sources"])
    source = _resolve(schema, sources["items"])
    assert {"id", "title", "origin", "sha256"} <= set(source["properties"])
    assert {"id", "title", "origin", "sha256"} <= set(source.get("required", []))


def test_schema_has_every_item_type_and_field(schema: dict[str, Any]) -> None:
    items = _item_schemas(schema)
    assert set(items) == {"cloze", "multiple_choice", "true_false", "short_answer"}
    for name, obj in items.items():
        props = obj["properties"]
        assert set(props) >= ITEM_FIELDS, f"{name} lacks {ITEM_FIELDS - set(props)}"
        assert set(obj.get("required", [])) >= REQUIRED_ITEM_FIELDS, name
        source = _resolve(schema, props["source"])
        assert {"source_id", "sentence", "start", "end"} <= set(source["properties"])
        assert {"source_id", "sentence", "start", "end"} <= set(source.get("required", []))
    options = _resolve(schema, items["multiple_choice"]["properties"]["options"])
    assert "options" in items["multiple_choice"].get("required", [])
    assert options.get("minItems") == 3 and options.get("maxItems") == 5
    for name in ("short_answer", "cloze"):
        assert "accepted" in items[name]["properties"], f"{name} lacks accepted"
    assert "options" not in items["cloze"]["properties"]


# --- a small JSON Schema validator (the keywords pydantic emits) -------------------------

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def schema_errors(root: dict[str, Any], node: dict[str, Any], value: Any, at: str) -> list[str]:
    """Where ``value`` breaks ``node`` (empty when it conforms)."""
    node = _resolve(root, node)
    errors: list[str] = []
    if "type" in node:
        kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
        ok = any(
            isinstance(value, _TYPES[k]) and not (k in {"integer", "number"} and value is True)
            for k in kinds
        )
        if not ok:
            return [f"{at}: {value!r} is not {node['type']}"]
    if "const" in node and value != node["const"]:
        errors.append(f"{at}: {value!r} is not {node['const']!r}")
    if "enum" in node and value not in node["enum"]:
        errors.append(f"{at}: {value!r} not in {node['enum']}")
    if isinstance(value, str):
        if len(value) < node.get("minLength", 0):
            errors.append(f"{at}: shorter than {node['minLength']}")
        if "pattern" in node and not re.search(node["pattern"], value):
            errors.append(f"{at}: {value!r} does not match {node['pattern']}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in node and value < node["minimum"]:
            errors.append(f"{at}: {value} < {node['minimum']}")
        if "maximum" in node and value > node["maximum"]:
            errors.append(f"{at}: {value} > {node['maximum']}")
    if isinstance(value, list):
        if len(value) < node.get("minItems", 0) or len(value) > node.get("maxItems", 10**9):
            errors.append(f"{at}: {len(value)} elements")
        if "items" in node:
            for n, element in enumerate(value):
                errors += schema_errors(root, node["items"], element, f"{at}[{n}]")
    if isinstance(value, dict):
        props = node.get("properties", {})
        for key in node.get("required", []):
            if key not in value:
                errors.append(f"{at}: missing {key}")
        for key, element in value.items():
            if key in props:
                errors += schema_errors(root, props[key], element, f"{at}.{key}")
            elif node.get("additionalProperties") is False:
                errors.append(f"{at}: unexpected key {key}")
    for word in ("oneOf", "anyOf"):
        if word in node:
            matches = [v for v in node[word] if not schema_errors(root, v, value, at)]
            if not matches or (word == "oneOf" and len(matches) > 1):
                errors.append(f"{at}: matches {len(matches)} of the {word} alternatives")
    return errors


@pytest.fixture(scope="module")
def generated() -> Deck:
    """A deck generated from one of the project's example articles."""
    article = sorted((REPO / "examples").glob("*.txt")) or sorted((REPO / "examples").iterdir())
    return build_deck([str(article[0])], seed=3).deck


def test_generated_deck_conforms_to_the_printed_schema(
    schema: dict[str, Any], generated: Deck
) -> None:
    assert generated.items
    data = json.loads(generated.to_json())
    assert data["schema_version"] == SCHEMA_VERSION
    assert schema_errors(schema, schema, data, "deck") == []
    for item in data["items"]:
        assert set(item) >= ITEM_FIELDS
        assert {"source_id", "sentence", "start", "end"} <= set(item["source"])


def test_generated_deck_round_trips(generated: Deck) -> None:
    text = generated.to_json()
    again = parse_deck(text, "round-trip")
    assert again == generated
    assert again.to_json() == text


def test_validator_catches_a_broken_deck(schema: dict[str, Any], generated: Deck) -> None:
    """The checker above is not vacuous: a deck missing an answer or with a bad type fails."""
    data = json.loads(generated.to_json())
    del data["items"][0]["answer"]
    data["items"][-1]["difficulty"] = 7
    errors = schema_errors(schema, schema, data, "deck")
    assert errors
