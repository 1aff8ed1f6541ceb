#!/usr/bin/env python3
"""Self-check for eval/qa.jsonl.

Checks: valid JSON per line, required fields and types, unique ids, allowed
kinds/splits, gold articles exist in corpus/articles.jsonl (falls back to the
raw text files while the parsed corpus does not exist yet), every `note` is a
verbatim substring of one of its gold articles' text after whitespace
normalisation, facts are lower-case and (for English in-scope items) appear in
the gold text, and deadline arithmetic is recomputed independently from the
start/period table below (CPL counting: the start hour/day is not counted).

Usage: python eval/tools/check_qa.py [--qa eval/qa.jsonl] [--articles corpus/articles.jsonl]
Exit status 1 if any error was found.
"""

from __future__ import annotations

import argparse
import calendar
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

from assistant.corpus.instruments import INSTRUMENTS
from assistant.evaluation.schema import KINDS, SPLITS

ROOT = Path(__file__).resolve().parents[2]
# The allowed kinds, splits and instruments are the project's own (one list each).
LAWS = set(INSTRUMENTS)
REQUIRED = {
    "id": str,
    "kind": str,
    "split": str,
    "question": str,
    "history": list,
    "gold": list,
    "facts": list,
    "expected": dict,
    "should_abstain": bool,
    "note": str,
}
RAW = {
    "cpl": ["000_", "001_"],
    "guide": ["000_", "001_"],
    "spp-rules": ["002_"],
    "spp-juvenile": ["003_"],
    "mps-procedures": ["004_"],
}

# Deadline table: id -> (start, unit, n, extension n or None). Written by hand from
# the questions; the expected values in qa.jsonl must agree with this arithmetic.
DEADLINES = {
    "deadline-001": ("2026-02-28", "d", 10, 14),
    "deadline-002": ("2026-12-29", "d", 3, 7),
    "deadline-003": ("2026-03-01T21:30", "h", 24, None),
    "deadline-004": ("2028-02-28T23:15", "h", 24, None),
    "deadline-005": ("2026-12-31T22:00", "h", 24, None),
    "deadline-006": ("2027-02-28T08:00", "h", 24, None),
    "deadline-007": ("2026-05-10T20:00", "h", 12, None),
    "deadline-008": ("2028-02-28T18:45", "h", 12, None),
    "deadline-009": ("2026-07-31T16:00", "h", 48, None),
    "deadline-010": ("2026-04-28", "d", 5, None),
    "deadline-011": ("2026-11-30T09:00", "h", 48, None),
    "deadline-012": ("2026-02-25", "d", 7, None),
    "deadline-013": ("2028-02-20", "d", 15, 20),
    "deadline-014": ("2026-12-28", "d", 7, None),
    "deadline-015": ("2026-01-20", "d", 15, None),
    "deadline-016": ("2026-02-26", "d", 5, None),
    "deadline-017": ("2026-10-15", "m", 2, 3),
    "deadline-018": ("2027-11-30", "m", 2, 3),
    "deadline-019": ("2026-12-26", "d", 7, None),
    "deadline-020": ("2026-06-29", "d", 3, None),
    "deadline-021": ("2026-01-15", "d", 30, None),
    "deadline-022": ("2028-02-25", "d", 10, None),
    "deadline-023": ("2026-09-25", "d", 7, None),
    "deadline-024": ("2026-04-29", "d", 3, None),
    "deadline-025": ("2026-03-25", "d", 10, None),
    "deadline-026": ("2026-12-27", "d", 7, None),
    "deadline-027": ("2026-02-20", "d", 15, None),
    "deadline-028": ("2028-02-26", "d", 5, None),
    "deadline-029": ("2026-02-27", "d", 5, None),
    "deadline-030": ("2026-12-30", "d", 5, None),
    "deadline-031": ("2026-05-28", "d", 7, None),
    "deadline-032": ("2026-01-28", "d", 7, None),
    "deadline-033": ("2026-01-31", "m", 1, None),
    "deadline-034": ("2026-03-30", "d", 3, 7),
    "deadline-035": ("2026-12-30", "d", 5, None),
    "deadline-036": ("2027-03-31", "m", 1, None),
    "deadline-037": ("2026-10-31T23:50", "h", 24, None),
    "deadline-038": ("2026-06-30T07:00", "h", 24, None),
    "deadline-039": ("2028-02-29", "m", 12, None),
    "deadline-040": ("2026-08-31", "m", 6, None),
    "deadline-041": ("2026-01-05", "d", 3, 30),
    "deadline-042": ("2027-08-31", "m", 6, None),
    "deadline-043": ("2026-12-31T18:00", "h", 24, None),
    "deadline-044": ("2026-02-19", "d", 10, None),
    "followup-024": ("2026-03-02", "d", 10, 14),
    # Second batch (dev only): start = the event the question dates, not counted.
    "deadline-d201": ("2026-03-01", "d", 5, None),
    "deadline-d202": ("2026-10-30", "d", 3, None),
    "deadline-d203": ("2026-08-14T21:30", "h", 12, None),
    "deadline-d204": ("2026-06-26", "d", 7, None),
    "deadline-d205": ("2026-05-31", "m", 12, None),
    "deadline-d206": ("2026-12-24", "d", 7, None),
    "deadline-d207": ("2027-01-01T01:10", "h", 24, None),
    "deadline-d208": ("2026-03-31T18:45", "h", 24, None),
    "deadline-d209": ("2026-07-20", "d", 15, 20),
    "deadline-d210": ("2026-12-22", "d", 10, None),
    "deadline-d211": ("2027-02-27", "d", 5, None),
    "deadline-d212": ("2026-12-29", "d", 5, None),
    "deadline-d213": ("2028-02-28", "d", 5, None),
    "deadline-d214": ("2027-10-31", "m", 1, None),
    "deadline-d215": ("2026-09-29", "d", 3, None),
    "deadline-d216": ("2026-04-27", "d", 5, None),
    "deadline-d217": ("2026-03-03", "d", 7, None),
    "deadline-d218": ("2026-12-30", "d", 3, None),
    "deadline-d219": ("2026-02-02", "d", 30, None),
    "deadline-d220": ("2026-08-28", "d", 7, None),
    "followup-d209": ("2026-01-30", "d", 3, None),
    # Third batch (dev only): start = the event the question dates, not counted.
    "deadline-d301": ("2026-06-12", "d", 5, None),
    "deadline-d302": ("2026-06-09", "d", 3, None),
    "deadline-d303": ("2026-10-28", "d", 7, None),
    "deadline-d304": ("2026-04-30T22:30", "h", 24, None),
    "deadline-d305": ("2026-06-28", "d", 5, None),
    "deadline-d306": ("2026-12-27", "d", 7, None),
    "deadline-d307": ("2027-02-22", "d", 10, None),
    "deadline-d308": ("2026-11-26", "d", 7, None),
    "deadline-d309": ("2027-03-03", "d", 7, None),
    "deadline-d310": ("2027-01-15", "d", 30, None),
    "deadline-d311": ("2026-08-31", "m", 6, None),
    "deadline-d312": ("2026-09-18", "d", 7, None),
    "deadline-d313": ("2026-11-01T05:20", "h", 24, None),
    "deadline-d314": ("2026-11-30", "d", 3, None),
    "deadline-d315": ("2027-01-26", "d", 7, None),
    "deadline-d316": ("2026-10-02", "d", 15, None),
    "deadline-d317": ("2027-02-28T07:05", "h", 24, None),
    "deadline-d318": ("2026-06-05", "d", 3, None),
    "adv-d304": ("2026-07-09", "d", 7, None),
    "adv-d305": ("2026-11-14", "d", 7, None),
    "adv-d306": ("2026-11-11", "d", 7, None),
    "adv-d307": ("2026-08-03T14:00", "h", 24, None),
    "adv-d309": ("2026-09-21T09:15", "h", 48, None),
    # Fourth batch (dev only, held-out check of rule routing): start = the dated event.
    "deadline-d401": ("2026-07-30", "d", 7, None),
    "deadline-d402": ("2027-01-31", "d", 5, None),
    "deadline-d403": ("2028-02-29T17:40", "h", 24, None),
    "deadline-d404": ("2026-09-28", "d", 3, 7),
    "deadline-d405": ("2026-12-31", "m", 2, 3),
    "deadline-d406": ("2027-03-31", "m", 6, None),
    "deadline-d407": ("2026-12-20", "d", 15, 20),
    "deadline-d408": ("2026-06-30T20:15", "h", 48, None),
    "deadline-d409": ("2026-11-05", "d", 30, None),
    "deadline-d410": ("2027-01-30", "d", 3, None),
    "deadline-d411": ("2028-02-29", "m", 12, None),
    "deadline-d412": ("2028-01-30", "m", 1, None),
    "deadline-d413": ("2026-07-29", "d", 5, None),
    "deadline-d414": ("2026-05-31", "m", 6, None),
    "deadline-d415": ("2027-01-02T09:05", "h", 48, None),
    # Fifth batch (dev only, held-out check of rule routing): start = the dated event.
    "deadline-d501": ("2026-12-31T23:40", "h", 24, None),
    "deadline-d502": ("2026-12-05T21:15", "h", 24, None),
    "deadline-d503": ("2027-02-28T22:15", "h", 24, None),
    "deadline-d504": ("2026-10-31T19:45", "h", 12, None),
    "deadline-d505": ("2026-12-30T16:20", "h", 48, None),
    "deadline-d506": ("2026-11-30", "m", 2, 3),
    "deadline-d507": ("2028-02-20", "d", 10, 14),
    "deadline-d508": ("2027-02-10", "d", 15, 20),
    "deadline-d509": ("2027-01-30", "d", 3, 30),
    "deadline-d510": ("2028-02-25", "d", 10, None),
    "deadline-d511": ("2026-12-27", "d", 10, None),
    "deadline-d512": ("2027-02-17", "d", 15, None),
    "deadline-d513": ("2026-10-29", "d", 5, None),
    "deadline-d514": ("2028-02-25", "d", 7, None),
    "deadline-d515": ("2026-12-30", "d", 3, None),
    "deadline-d516": ("2028-02-26", "d", 5, None),
    "deadline-d517": ("2026-12-31", "m", 6, None),
    "deadline-d518": ("2027-02-28", "m", 12, None),
    "deadline-d519": ("2026-12-26", "d", 7, None),
    "deadline-d520": ("2027-08-30", "m", 6, 12),
    "deadline-d521": ("2026-02-24", "d", 7, None),
    "deadline-d522": ("2027-01-31", "m", 1, None),
}


def add_period(start: str, unit: str, n: int) -> str:
    """End of a period of n units beginning at `start` (start unit not counted)."""
    if unit == "h":
        t = dt.datetime.strptime(start, "%Y-%m-%dT%H:%M") + dt.timedelta(hours=n)
        return t.strftime("%Y-%m-%dT%H:%M")
    d = dt.date.fromisoformat(start)
    if unit == "d":
        return (d + dt.timedelta(days=n)).isoformat()
    if unit == "m":
        y, m = divmod(d.month - 1 + n, 12)
        y, m = d.year + y, m + 1
        return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1])).isoformat()
    raise ValueError(unit)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load_articles(path: Path):
    """(law, article) -> normalised text; None if the parsed corpus is absent."""
    if not path.exists():
        return None
    arts: dict = collections.defaultdict(str)
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                arts[(a["law"], a["article"])] += " " + norm(a["text"])
    return {k: v.strip() for k, v in arts.items()}


def load_raw() -> dict:
    raw = {}
    files = sorted((ROOT / "corpus" / "raw").glob("*.txt"))
    for law, prefixes in RAW.items():
        raw[law] = norm(
            " ".join(p.read_text(encoding="utf-8") for p in files if p.name[:4] in prefixes)
        )
    return raw


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--qa", default=str(ROOT / "eval" / "qa.jsonl"))
    ap.add_argument("--articles", default=str(ROOT / "corpus" / "articles.jsonl"))
    ap.add_argument("-q", "--quiet", action="store_true", help="only print errors and the summary")
    args = ap.parse_args()

    errors: list[str] = []
    warnings: list[str] = []
    arts = load_articles(Path(args.articles))
    raw = load_raw()
    if arts is None:
        warnings.append("corpus/articles.jsonl not found: notes checked against raw files only")

    items = []
    for n, line in enumerate(Path(args.qa).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")

    seen = set()
    for it in items:
        iid = it.get("id", "?")
        for k, t in REQUIRED.items():
            if not isinstance(it.get(k), t):
                errors.append(f"{iid}: field {k!r} missing or not {t.__name__}")
        if iid in seen:
            errors.append(f"{iid}: duplicate id")
        seen.add(iid)
        kind = it.get("kind")
        if kind not in KINDS:
            errors.append(f"{iid}: bad kind {kind!r}")
        if it.get("split") not in SPLITS:
            errors.append(f"{iid}: bad split")
        for h in it.get("history", []):
            if h.get("role") not in ("user", "assistant") or not isinstance(h.get("content"), str):
                errors.append(f"{iid}: bad history turn")
        if kind == "followup" and not it.get("history"):
            errors.append(f"{iid}: followup without history")
        for f in it.get("facts", []):
            if not (
                isinstance(f, list) and f and all(isinstance(p, str) and p == p.lower() for p in f)
            ):
                errors.append(f"{iid}: fact must be a non-empty list of lower-case strings: {f}")
        gold = it.get("gold", [])
        if kind == "out_of_scope":
            if gold or not it.get("should_abstain"):
                errors.append(f"{iid}: out_of_scope must have empty gold and should_abstain true")
            continue
        if it.get("should_abstain"):
            errors.append(f"{iid}: only out_of_scope items should abstain")
        exp = it.get("expected", {})
        if "nonexistent" in exp:
            ne = exp["nonexistent"]
            if gold:
                errors.append(f"{iid}: nonexistent-article item must have empty gold")
            if arts is not None and (ne["law"], ne["article"]) in arts:
                errors.append(f"{iid}: 'nonexistent' article {ne} exists in corpus")
            continue
        if not gold:
            errors.append(f"{iid}: empty gold")
        texts = []
        for g in gold:
            key = (g.get("law"), g.get("article"))
            if key[0] not in LAWS or not isinstance(key[1], int):
                errors.append(f"{iid}: bad gold {g}")
                continue
            if arts is not None:
                if key not in arts:
                    errors.append(f"{iid}: gold {key} not in articles.jsonl")
                else:
                    texts.append(arts[key])
        note = norm(it.get("note", ""))
        if arts is not None:
            if texts and note not in norm(texts[0]) and not any(note in t for t in texts):
                errors.append(f"{iid}: note not verbatim in gold article text: {note[:80]!r}")
            elif texts and note not in texts[0]:
                warnings.append(f"{iid}: note found in a secondary gold article, not the first")
        elif note not in raw.get(gold[0]["law"], ""):
            errors.append(
                f"{iid}: note not verbatim in raw file of {gold[0]['law']}: {note[:80]!r}"
            )
        ref = " ".join(texts).lower() if texts else raw.get(gold[0]["law"], "").lower()
        if re.fullmatch(r"[\x00-\x7f]*", it["question"]):
            for f in it.get("facts", []):
                if not any(p in ref for p in f):
                    warnings.append(f"{iid}: no phrasing of fact {f} occurs in gold text")
        if kind == "eligibility" and "eligible" not in exp:
            errors.append(f"{iid}: eligibility item without expected.eligible")
        if kind == "deadline" and "deadline" not in exp:
            errors.append(f"{iid}: deadline item without expected.deadline")
        if "deadline" in exp:
            spec = DEADLINES.get(iid)
            if spec is None:
                errors.append(f"{iid}: no arithmetic spec in DEADLINES table")
            else:
                start, unit, n, ext = spec
                if add_period(start, unit, n) != exp["deadline"]:
                    errors.append(
                        f"{iid}: deadline {exp['deadline']} != recomputed {add_period(start, unit, n)}"
                    )
                want_latest = add_period(start, unit, ext) if ext else None
                if exp.get("latest") != want_latest:
                    errors.append(f"{iid}: latest {exp.get('latest')} != recomputed {want_latest}")

    by = collections.Counter((it.get("kind"), it.get("split")) for it in items)
    golds = {(g["law"], g["article"]) for it in items for g in it.get("gold", [])}
    print(f"{len(items)} items; {len(golds)} distinct gold articles")
    for k in sorted(KINDS):
        print(f"  {k:13s} dev={by[(k, 'dev')]:3d} test={by[(k, 'test')]:3d}")
    per_law = collections.Counter(law for law, _ in golds)
    print("  distinct gold articles per law:", dict(per_law))
    if not args.quiet:
        for w in warnings:
            print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
