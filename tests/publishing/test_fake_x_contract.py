"""The fake X against X's published OpenAPI document (a trimmed copy, tests/data/): every 2026
route it serves is an operation of the document; every request the product makes there uses
only the parameters and values the document declares; every body the fake answers, and every
body the product sends, has the document's shape. So the tests that run against the fake run
against X's contract, not against the fake's idea of it."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
import requests

from schoolsocial.publishing.backends import Payload, TransportError
from schoolsocial.publishing.fake_x import CREDITS_DEPLETED, Fault

SPEC = json.loads((Path(__file__).parents[1] / "data" / "x_openapi_trimmed.json").read_text())
pytestmark = pytest.mark.django_db


def resolve(schema: dict) -> dict:
    while "$ref" in schema:
        _, _, section, name = schema["$ref"].split("/")
        schema = SPEC["components"][section][name]
    return schema


def errors(schema: dict, value, where: str = "$") -> list[str]:
    """What in `value` breaks `schema` (the OpenAPI 3.0 subset X's document uses)."""
    schema = resolve(schema)
    found = [e for part in schema.get("allOf", []) for e in errors(part, value, where)]
    choices = schema.get("oneOf") or schema.get("anyOf")
    if choices and not any(not errors(choice, value, where) for choice in choices):
        found.append(f"{where}: matches none of {len(choices)} shapes")
    kind = schema.get("type")
    checks = {"object": dict, "array": list, "string": str, "boolean": bool,
              "integer": int, "number": (int, float)}
    if kind and not isinstance(value, checks[kind]) or (kind == "integer"
                                                        and isinstance(value, bool)):
        return [*found, f"{where}: {value!r} is not {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not in {schema['enum']}")
    if kind == "string" and "pattern" in schema and not re.search(schema["pattern"], value):
        found.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if kind == "string" and schema.get("format") == "date-time":
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            found.append(f"{where}: {value!r} is not a date-time")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [f"{where}: {name} is required" for name in schema.get("required", [])
                  if name not in value]
        for name, item in value.items():
            if name in properties:
                found += errors(properties[name], item, f"{where}.{name}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{where}: {name} is not in the document")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            found += errors(schema["items"], item, f"{where}[{n}]")
    return found


def operation(method: str, path: str) -> tuple[str, dict]:
    """The document's operation for a concrete request path (/2/users/1001/mentions)."""
    for template, methods in SPEC["paths"].items():
        if re.fullmatch(re.sub(r"\{[^}]+\}", r"[^/]+", template), path) and method in methods:
            return template, methods[method]
    raise AssertionError(f"{method.upper()} {path} is not in X's OpenAPI document")


def response_schema(op: dict, status: int) -> dict:
    answer = op["responses"].get(str(status)) or op["responses"]["default"]
    content = answer["content"]
    return (content.get("application/json") or content["application/problem+json"])["schema"]


@pytest.fixture
def exchanges(fake_x):
    """Every request the fake answers, with its answer, as the fake sent it."""
    seen = []
    handle = fake_x.handle

    def recording(req, host):
        status, body, headers, fault = handle(req, host)
        seen.append((req, status, body))
        return status, body, headers, fault

    fake_x.handle = recording
    return seen


def check_requests(exchanges) -> None:
    for req, status, body in exchanges:
        if req.path in ("/2/users/me",) or req.path.startswith("/2/media"):
            continue  # not among the trimmed operations
        _, op = operation(req.method.lower(), req.path)
        declared = {resolve(p)["name"]: resolve(p) for p in op.get("parameters", [])}
        for name, value in req.query.items():
            assert name in declared, f"{req.method} {req.path}: {name} is not a parameter"
            schema = resolve(declared[name]["schema"])
            values = value.split(",") if schema.get("type") == "array" else [value]
            for item in values:
                item_schema = schema.get("items", schema)
                if item_schema.get("type") == "integer":
                    item = int(item)
                assert errors(item_schema, item) == [], (name, item)
        if "requestBody" in op:
            request_schema = op["requestBody"]["content"]["application/json"]["schema"]
            assert errors(request_schema, req.json) == [], (req.path, req.json)
        if isinstance(body, dict) and status < 400:
            assert errors(response_schema(op, status), body) == [], (req.path, body)


def test_every_2026_route_of_the_fake_is_an_operation_of_xs_document(fake_x):
    for method, pattern, _, _ in fake_x._routes_2026():
        path = re.sub(r"\(\\d\+\)", "123", pattern)
        operation(method.lower(), path)


def test_the_products_reads_and_the_fakes_answers_match_the_document(
        fake_x, x_publisher, exchanges):
    parent = fake_x.add_user("proud_parent", "A Parent", description="Mum of two")
    ours = x_publisher.publish(Payload("Sports day is on Friday.",
                                       reply_settings="mentionedUsers"))
    fake_x.mention(parent, "@forefieldprimary Lovely! 🎉", in_reply_to=ours.tweet_id)
    fake_x.add_follower(fake_x.default_account, parent)
    fake_x.follow_by_hand(fake_x.default_account, fake_x.add_user("natgeokids"))
    [mention] = x_publisher.mentions().items
    assert mention.reply_to == ours.tweet_id and mention.author.username == "proud_parent"
    assert x_publisher.mentions(since_id=mention.id).items == []
    assert [u.username for u in x_publisher.followers().items] == ["proud_parent"]
    assert [u.username for u in x_publisher.following().items] == ["natgeokids"]
    assert x_publisher.hide_reply(mention.id) is True
    check_requests(exchanges)
    assert {req.path.rsplit("/", 1)[-1] for req, _, _ in exchanges} >= {
        "tweets", "mentions", "followers", "following", "hidden"}


def test_the_fakes_problems_have_the_documents_shape(fake_x, x_publisher, exchanges):
    fake_x.queue(Fault.usage_capped(), Fault.no_credit(match="GET /2/users/"))
    with pytest.raises(TransportError) as capped:
        x_publisher.publish(Payload("Over the cap"))
    with pytest.raises(TransportError) as credit:
        x_publisher.followers()
    assert capped.value.no_credit and credit.value.no_credit
    with pytest.raises(requests.HTTPError):
        x_publisher.session.post(f"{fake_x.url}/2/users/{fake_x.default_account.user_id}"
                                 f"/following", json={"target_user_id": "5"},
                                 auth=x_publisher.auth).raise_for_status()
    assert x_publisher.hide_reply("99999") is False  # gone from X: 404
    bodies = {status: body for _, status, body in exchanges}
    schemas = SPEC["components"]["schemas"]
    assert errors(schemas["UsageCapExceededProblem"], bodies[429]) == []
    assert errors(schemas["Problem"], bodies[402]) == [] and bodies[402] == CREDITS_DEPLETED
    assert errors(schemas["ClientForbiddenProblem"], bodies[403]) == []
    assert errors(schemas["ResourceNotFoundProblem"], bodies[404]) == []


def test_the_validator_notices_a_wrong_shape():
    schemas = SPEC["components"]["schemas"]
    assert errors(schemas["TweetHideRequest"], {"hidden": "yes"})
    assert errors(schemas["TweetHideRequest"], {})
    assert errors(schemas["TweetCreateRequest"], {"text": "Hi", "reply_settings": "friends"})
    assert errors(schemas["User"], {"id": "1", "name": "No username"})
