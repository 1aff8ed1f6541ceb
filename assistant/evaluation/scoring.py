"""Score one batch output against one eval case (pure).

The batch output object (what `answer_fn` returns) is::

    {"id", "answer", "route": "lookup"|"rule"|"retrieval"|"abstain"|"clarify",
     "abstained": bool, "citations": [{"law", "article", "quote"}],
     "hits": [{"law", "article", "chunk_id", "score"}],   # best first
     "computed": {...}, "latency_ms": float}
    or {"id", "error": "message"}

An error output is scored as an empty answer (no hits, citations or facts; not an
abstention), so failures lower the averages instead of leaving them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.evaluation import metrics as m
from assistant.evaluation.schema import QACase, parse_ref, ref_id

ValidateCitation = Callable[[str, int, str], bool]

RANK_KS = tuple(range(1, 11))
NONEXISTENT_PHRASES = (
    "does not exist",
    "doesn't exist",
    "do not exist",
    "no such article",
    "no article",
    "not in",
    "not found",
    "does not contain",
    "there is no",
)


@dataclass(frozen=True)
class CaseScore:
    """Per-case scores: averaged `metrics`, counts, and the reasons a case failed."""

    metrics: dict[str, float | None]
    got: dict[str, Any]
    reasons: tuple[str, ...] = ()
    abstained: bool = False
    n_citations: int = 0
    n_invalid: int | None = None  # None when no validator was given


def _article(value: Any) -> int | str | None:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value


def ranked_refs(hits: Sequence[Mapping[str, Any]]) -> list[str]:
    """Distinct `law:article` ids from hits, best first.

    A hit without an article number (an explainer passage) keeps its rank under the
    id `chunk:<chunk_id>`, which never matches gold.
    """
    ids = []
    for h in hits:
        art = _article(h.get("article"))
        ids.append(
            ref_id(h.get("law", ""), art) if art is not None else f"chunk:{h.get('chunk_id')}"
        )
    return [str(x) for x in m.unique(ids)]


def cited_refs(citations: Sequence[Mapping[str, Any]]) -> list[str]:
    """Distinct `law:article` ids of the citations, in order."""
    ids = (ref_id(c.get("law", ""), _article(c.get("article"))) for c in citations)
    return [str(x) for x in m.unique(ids)]


def says_nonexistent(answer: str) -> bool:
    """True if the normalised answer contains one of `NONEXISTENT_PHRASES`."""
    norm = m.normalise(answer)
    return any(p in norm for p in NONEXISTENT_PHRASES)


def nonexistent_ok(expected: Mapping[str, Any], answer: str, cited: Sequence[str]) -> bool | None:
    """For `{"nonexistent": {law, article}}` cases: the answer passes if it does not cite
    that article and says it does not exist (`says_nonexistent`); None otherwise."""
    ref = expected.get("nonexistent")
    if ref is None:
        return None
    return ref_id(*parse_ref(ref)) not in cited and says_nonexistent(answer)


def _invalid(
    citations: Sequence[Mapping[str, Any]], validate: ValidateCitation | None
) -> list[str] | None:
    if validate is None:
        return None
    bad = []
    for c in citations:
        art = _article(c.get("article"))
        ok = isinstance(art, int) and validate(c.get("law", ""), art, c.get("quote", ""))
        if not ok:
            bad.append(ref_id(c.get("law", ""), art))
    return bad


def _as_float(ok: bool | None) -> float | None:
    return None if ok is None else float(ok)


def _ranking_metrics(ranked: Sequence[str], gold: Sequence[str]) -> dict[str, float | None]:
    out: dict[str, float | None] = {f"recall@{k}": m.recall_at_k(ranked, gold, k) for k in RANK_KS}
    out["mrr@10"] = m.mrr_at_k(ranked, gold, 10)
    out["ndcg@10"] = m.ndcg_at_k(ranked, gold, 10)
    return out


def _reasons(case: QACase, out: Mapping[str, Any], s: dict[str, Any]) -> list[str]:
    reasons = []
    if out.get("error"):
        reasons.append(f"error: {out['error']}")
    if s["abstained"] != case.should_abstain:
        reasons.append(
            "answered but should abstain" if case.should_abstain else "abstained but should answer"
        )
    missing = [alts for alts in case.facts if not m.fact_found(s["answer"], alts)]
    if missing:
        reasons.append("missing facts: " + "; ".join(" | ".join(a) for a in missing))
    if case.gold and not case.should_abstain and s["cite_recall"] == 0:
        reasons.append("cites none of " + ", ".join(case.gold_ids))
    if s["computed_ok"] is False:
        reasons.append(f"computed {s['computed']} != expected {case.expected}")
    if s["nonexistent_ok"] is False:
        reasons.append("did not say the nonexistent article does not exist (or cited it)")
    if s["invalid"]:
        reasons.append("invalid citations: " + ", ".join(s["invalid"]))
    return reasons


def score_case(
    case: QACase, output: Mapping[str, Any], validate_citation: ValidateCitation | None = None
) -> CaseScore:
    """Score one batch output against its case.

    Failure (any reason listed): an error; abstaining when it should answer or the
    reverse; a fact not found; gold articles exist but none is cited (unless the
    case should be abstained on); a wrong computed value; a failed nonexistent-article
    check; an invalid citation. Retrieval misses alone do not fail a case.
    """
    answer = str(output.get("answer") or "")
    citations = list(output.get("citations") or [])
    computed = dict(output.get("computed") or {})
    abstained = bool(output.get("abstained", output.get("route") == "abstain"))
    ranked, cited, gold = (
        ranked_refs(output.get("hits") or []),
        cited_refs(citations),
        case.gold_ids,
    )
    cite = m.citation_scores(cited, gold) if gold else None
    invalid = _invalid(citations, validate_citation)
    metrics = _ranking_metrics(ranked, gold)
    metrics |= {
        "cite_precision": cite.precision if cite else None,
        "cite_recall": cite.recall if cite else None,
        "f2": cite.f2 if cite else None,
        "fact_recall": m.fact_recall(answer, case.facts),
        "computed_ok": _as_float(m.computed_correct(case.expected, computed)),
        "nonexistent_ok": _as_float(nonexistent_ok(case.expected, answer, cited)),
        "abstain_ok": float(abstained == case.should_abstain),
        "error": float(bool(output.get("error"))),
    }
    state = {
        "answer": answer,
        "abstained": abstained,
        "cite_recall": metrics["cite_recall"],
        "computed": computed,
        "computed_ok": m.computed_correct(case.expected, computed),
        "nonexistent_ok": nonexistent_ok(case.expected, answer, cited),
        "invalid": invalid,
    }
    reasons = tuple(_reasons(case, output, state))
    metrics["failed"] = float(bool(reasons))
    got = {"answer": answer, "route": output.get("route"), "abstained": abstained}
    got |= {"citations": cited, "hits": ranked[:10], "computed": computed}
    if output.get("error"):
        got["error"] = str(output["error"])
    return CaseScore(
        metrics=metrics,
        got=got,
        reasons=reasons,
        abstained=abstained,
        n_citations=len(citations),
        n_invalid=None if invalid is None else len(invalid),
    )
