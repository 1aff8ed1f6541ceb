"""Load and validate the time-limit catalogue (`time_limits.toml`).

The catalogue is data: every explicit time limit of the corpus with its article,
actor, trigger, duration, extensions and the exact phrase of the article. Reading the
file is the only I/O here; `parse_catalogue` is pure and validates the records.

Example:
    >>> limits = load_catalogue()
    >>> limit_by_id("spp-83-detention-period").duration
    10
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.rules.model import UNITS, Exclusion, Extension, TimeLimit

CATALOGUE_PATH = Path(__file__).with_name("time_limits.toml")
LAWS = ("cpl", "guide", "spp-rules", "spp-juvenile", "mps-procedures")
ANCHORS = ("trigger", "after", "before")
MODES = ("by", "to")


class CatalogueError(ValueError):
    """The catalogue file is malformed (bad unit, unknown reference, duplicate id ...)."""


def _extension(d: Mapping[str, Any], owner: str, article: int) -> Extension:
    ext = Extension(
        mode=str(d["mode"]),
        amount=int(d["amount"]),
        unit=str(d["unit"]),
        approver=str(d.get("approver", "")),
        condition=str(d.get("condition", "")),
        phrase=str(d["phrase"]),
        article=int(d.get("article", article)),
        min_amount=int(d["min_amount"]) if "min_amount" in d else None,
    )
    if ext.mode not in MODES or ext.unit not in UNITS or ext.amount <= 0:
        raise CatalogueError(f"{owner}: bad extension {dict(d)!r}")
    return ext


def _limit(d: Mapping[str, Any]) -> TimeLimit:
    ident = str(d.get("id", "?"))
    try:
        article = int(d["article"])
        limit = TimeLimit(
            id=ident,
            law=str(d["law"]),
            article=article,
            actor=str(d["actor"]),
            trigger=str(d["trigger"]),
            label=str(d["label"]),
            duration=int(d["duration"]),
            unit=str(d["unit"]),
            phrase=str(d["phrase"]),
            extensions=tuple(_extension(e, ident, article) for e in d.get("extension", ())),
            events=tuple(str(e) for e in d.get("events", ())),
            anchor=str(d.get("anchor", "trigger")),
            ref=str(d.get("ref", "")),
            conditions=str(d.get("conditions", "")),
            exceptions=str(d.get("exceptions", "")),
            note=str(d.get("note", "")),
            also=tuple(str(p) for p in d.get("also", ())),
            latest_label=str(d.get("latest_label", "")),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise CatalogueError(f"time limit {ident}: missing or bad field ({e})") from e
    if limit.law not in LAWS or limit.unit not in UNITS or limit.duration <= 0:
        raise CatalogueError(f"time limit {ident}: bad law, unit or duration")
    if limit.anchor not in ANCHORS or (limit.anchor != "trigger") != bool(limit.ref):
        raise CatalogueError(f"time limit {ident}: anchor {limit.anchor!r} with ref {limit.ref!r}")
    return limit


def parse_catalogue(data: Mapping[str, Any]) -> tuple[tuple[TimeLimit, ...], tuple[Exclusion, ...]]:
    """Build and validate the catalogue from parsed TOML (pure)."""
    limits = tuple(_limit(d) for d in data.get("limit", ()))
    ids = [lim.id for lim in limits]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise CatalogueError(f"duplicate time-limit ids: {dupes}")
    for lim in limits:
        if lim.ref and lim.ref not in ids:
            raise CatalogueError(f"time limit {lim.id}: unknown ref {lim.ref!r}")
    try:
        excluded = tuple(
            Exclusion(str(d["law"]), int(d["article"]), str(d["phrase"]), str(d["reason"]))
            for d in data.get("excluded", ())
        )
    except (KeyError, TypeError, ValueError) as e:
        raise CatalogueError(f"bad [[excluded]] record ({e})") from e
    if any(not x.reason.strip() for x in excluded):
        raise CatalogueError("every exclusion needs a reason")
    return limits, excluded


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[tuple[TimeLimit, ...], tuple[Exclusion, ...]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise CatalogueError(f"{path}: {e}") from e
    return parse_catalogue(data)


def load_catalogue(path: Path = CATALOGUE_PATH) -> tuple[TimeLimit, ...]:
    """Every catalogued time limit, in file order."""
    return _load(path)[0]


def load_exclusions(path: Path = CATALOGUE_PATH) -> tuple[Exclusion, ...]:
    """Time expressions deliberately not catalogued, each with its reason."""
    return _load(path)[1]


def catalogue_index(path: Path = CATALOGUE_PATH) -> dict[str, TimeLimit]:
    """The catalogue keyed by id."""
    return {lim.id: lim for lim in load_catalogue(path)}


def limit_by_id(limit_id: str, path: Path = CATALOGUE_PATH) -> TimeLimit:
    """One time limit by id, or a KeyError naming the id."""
    try:
        return catalogue_index(path)[limit_id]
    except KeyError:
        raise KeyError(f"unknown time limit {limit_id!r}") from None
