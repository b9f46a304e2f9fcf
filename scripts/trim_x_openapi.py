"""Make tests/data/x_openapi_trimmed.json from X's published OpenAPI document (xdevplatform/docs,
openapi.json): the operations School Social and its fake X use, with every component they refer
to, UsageCapExceededProblem among them.

The copy is of version 2.166 (the document at xdevplatform/docs 67f875e6^, August 2026). Version
2.167 (67f875e6 onwards) renamed "tweet" to "post" throughout the document (post.fields,
referenced_posts, edit_history_post_ids) and dropped UsageCapExceededProblem, while X's own
reference pages, its answers and tweepy still use the tweet names; so the copy is 2.166, and
this script checks that 2.167 still has every operation in it.

    python scripts/trim_x_openapi.py openapi-2.166.json openapi-2.167.json \
        > tests/data/x_openapi_trimmed.json
"""

from __future__ import annotations

import json
import sys

OPERATIONS = [
    ("/2/tweets", "post"),
    ("/2/tweets/{tweet_id}/hidden", "put"),
    ("/2/users/{id}/mentions", "get"),
    ("/2/users/{id}/followers", "get"),
    ("/2/users/{id}/following", "get"),
    ("/2/users/{id}/following", "post"),
]
EXTRA = ("UsageCapExceededProblem", "ResourceNotFoundProblem", "ClientForbiddenProblem")


def trim(document: dict, newer: dict) -> dict:
    missing = [f"{m.upper()} {p}" for p, m in OPERATIONS if m not in newer["paths"].get(p, {})]
    if missing:
        raise SystemExit(f"version {newer['info']['version']} no longer has {missing}")
    components: dict[str, dict] = {}

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str) and value.startswith("#/components/"):
                    _, _, section, name = value.split("/")
                    if name not in components.setdefault(section, {}):
                        components[section][name] = document["components"][section][name]
                        walk(components[section][name])
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    paths: dict[str, dict] = {}
    for path, method in OPERATIONS:
        paths.setdefault(path, {})[method] = document["paths"][path][method]
    walk(paths)
    walk([{"$ref": f"#/components/schemas/{name}"} for name in EXTRA])
    return {
        "openapi": document["openapi"],
        "info": {**document["info"], "x-trimmed": (
            "The operations School Social uses, trimmed by scripts/trim_x_openapi.py from "
            "xdevplatform/docs openapi.json version 2.166 (see the script for why not 2.167).")},
        "paths": paths,
        "components": components,
    }


if __name__ == "__main__":
    with open(sys.argv[1]) as document, open(sys.argv[2]) as newer:
        json.dump(trim(json.load(document), json.load(newer)), sys.stdout, indent=1,
                  sort_keys=True)
        sys.stdout.write("\n")
