"""JSON schemas for structured output, cut to the subset OpenAI's strict mode accepts."""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel


def strict_schema(node: Any, defs: dict[str, Any]) -> Any:
    """Inline $refs, drop titles/defaults, close every object: OpenAI strict mode's subset."""
    if isinstance(node, list):
        return [strict_schema(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return strict_schema(copy.deepcopy(defs[node["$ref"].rsplit("/", 1)[-1]]), defs)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("title", "default", "description"):
            continue
        if key == "properties":
            out[key] = {name: strict_schema(sub, defs) for name, sub in value.items()}
        else:
            out[key] = strict_schema(value, defs)
    if out.get("type") == "object" and "properties" in out:
        out["additionalProperties"] = False
        out["required"] = list(out["properties"])
    return out


def model_schema(model: type[BaseModel]) -> dict[str, Any]:
    """A Pydantic model's JSON schema in strict mode's subset, $defs inlined."""
    raw = model.model_json_schema()
    schema: dict[str, Any] = strict_schema(raw, raw.pop("$defs", {}))
    return schema
