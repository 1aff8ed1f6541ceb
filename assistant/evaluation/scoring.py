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

# (law, article, quote) -> valid? `article` is None for an explainer passage.
ValidateCitation = Callable[[str, int | None, str], bool]

RANK_KS = tuple(range(1, 11))
NONEXISTENT_PHRASES = (
    "not exist",  # also "does not exist", "do not exist"
    "doesn't exist",
    "non-existent",
    "nonexistent",
    "no such article",
    "no article",
    "not in",
    "not part of",
    "not included",
    "not found",
    "cannot find",
    "could not find",
    "couldn't find",
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


def _article_number(value: Any) -> tuple[bool, int | None]:
    """(well_formed, number); None is well formed (an explainer passage)."""
    art = _article(value)
    if art is None or (isinstance(art, int) and not isinstance(art, bool)):
        return True, art
    return False, None


def _invalid(
    citations: Sequence[Mapping[str, Any]], validate: ValidateCitation | None
) -> list[str] | None:
    """Refs of citations the validator rejects; an article that is neither an integer
    (or digit string) nor None is rejected without asking. None if no validator."""
    if validate is None:
        return None
    bad = []
    for c in citations:
        law, quote = str(c.get("law", "")), str(c.get("quote", ""))
        well_formed, number = _article_number(c.get("article"))
        if not (well_formed and validate(law, number, quote)):
            bad.append(ref_id(law, _article(c.get("article"))))
    return bad


def _as_float(ok: bool | None) -> float | None:
    return None if ok is None else float(ok)


def _ranking_metrics(ranked: Sequence[str], gold: Sequence[str]) -> dict[str, float | None]:
    out: dict[str, float | None] = {f"recall@{k}": m.recall_at_k(ranked, gold, k) for k in RANK_KS}
    out["mrr@10"] = m.mrr_at_k(ranked, gold, 10)
    out["ndcg@10"] = m.ndcg_at_k(ranked, gold, 10)
    return out


@dataclass(frozen=True)
class _Output:
    """The fields of a batch output that scoring reads, normalised."""

    answer: str
    citations: tuple[Mapping[str, Any], ...]
    computed: dict[str, Any]
    abstained: bool
    ranked: tuple[str, ...]
    cited: tuple[str, ...]
    route: Any
    error: str


def _parse(output: Mapping[str, Any]) -> _Output:
    citations = tuple(output.get("citations") or ())
    return _Output(
        answer=str(output.get("answer") or ""),
        citations=citations,
        computed=dict(output.get("computed") or {}),
        abstained=bool(output.get("abstained", output.get("route") == "abstain")),
        ranked=tuple(ranked_refs(output.get("hits") or [])),
        cited=tuple(cited_refs(citations)),
        route=output.get("route"),
        error=str(output.get("error") or ""),
    )


def _answer_metrics(case: QACase, o: _Output) -> dict[str, float | None]:
    cite = m.citation_scores(o.cited, case.gold_ids) if case.gold else None
    return {
        "cite_precision": cite.precision if cite else None,
        "cite_recall": cite.recall if cite else None,
        "f2": cite.f2 if cite else None,
        "fact_recall": m.fact_recall(o.answer, case.facts),
        "computed_ok": _as_float(m.computed_correct(case.expected, o.computed)),
        "nonexistent_ok": _as_float(nonexistent_ok(case.expected, o.answer, o.cited)),
        "abstain_ok": float(o.abstained == case.should_abstain),
        "error": float(bool(o.error)),
    }


def _reasons(
    case: QACase, o: _Output, metrics: Mapping[str, float | None], invalid: list[str] | None
) -> list[str]:
    reasons = [f"error: {o.error}"] if o.error else []
    if o.abstained != case.should_abstain:
        reasons.append(
            "answered but should abstain" if case.should_abstain else "abstained but should answer"
        )
    missing = [alts for alts in case.facts if not m.fact_found(o.answer, alts)]
    if missing:
        reasons.append("missing facts: " + "; ".join(" | ".join(a) for a in missing))
    if case.gold and not case.should_abstain and metrics["cite_recall"] == 0:
        reasons.append("cites none of " + ", ".join(case.gold_ids))
    if metrics["computed_ok"] == 0:
        reasons.append(f"computed {o.computed} != expected {case.expected}")
    if metrics["nonexistent_ok"] == 0:
        reasons.append("did not say the nonexistent article does not exist (or cited it)")
    if invalid:
        reasons.append("invalid citations: " + ", ".join(invalid))
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
    o = _parse(output)
    invalid = _invalid(o.citations, validate_citation)
    metrics = _ranking_metrics(o.ranked, case.gold_ids) | _answer_metrics(case, o)
    reasons = tuple(_reasons(case, o, metrics, invalid))
    metrics["failed"] = float(bool(reasons))
    got = {"answer": o.answer, "route": o.route, "abstained": o.abstained}
    got |= {"citations": list(o.cited), "hits": list(o.ranked[:10]), "computed": o.computed}
    if o.error:
        got["error"] = o.error
    return CaseScore(
        metrics=metrics,
        got=got,
        reasons=reasons,
        abstained=o.abstained,
        n_citations=len(o.citations),
        n_invalid=None if invalid is None else len(invalid),
    )
