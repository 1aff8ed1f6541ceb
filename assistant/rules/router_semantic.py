"""Fallback routing by description: score a question against each rule's own data.

The pattern router (`router_intents.route`) recognises the wordings it was written for.
When it finds no rule, this module scores the question against a short description of
every deadline and eligibility rule, built only from that rule's data: its docstring
(which quotes its article), and for each time limit it cites the catalogue's label,
triggering event, actor and the exact phrase of the article. Scoring is Okapi BM25
(Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009;
Lucene idf, k1 = 1.2, b = 0.75) over the project's tokenizer, with the retrieval
glossary's lay-to-corpus terms added to both sides.

A rule is chosen only when the question asks for that kind of answer (a date, or a
yes/no verdict; `asked_kind`), the best rule's score clears a floor, and it leads the
runner-up (`THRESHOLDS`; else the router is unsure and retrieval answers); an
eligibility rule must also find its own verdict frame (`router_asks.asks`). The chosen
rule's own date and fact extraction then runs unchanged; a rule chosen without a date
asks for it. Thresholds were set on the dev split only (see tests/rules).

Example:
    >>> fallback_route("the cops picked up my dad on 3 march 2026; when must his family be told?")
    'deadline.family_notice_detention'
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date
from functools import lru_cache

from assistant.retrieval.glossary import expand
from assistant.retrieval.tokenize import lexical_tokens
from assistant.rules.catalogue import catalogue_index
from assistant.rules.facts_stage import POST_TRIAL
from assistant.rules.router_asks import MODAL, OFF_DEADLINE, asks
from assistant.rules.router_cues import (
    DEADLINE_CUE,
    HOW_TO,
    LAWYER_HIRE,
    REFERENCE,
    WHEN_CAN,
)
from assistant.rules.router_facts import read_facts
from assistant.rules.router_text import find_when
from assistant.rules.rulebook import all_rules

K1, B = 1.2, 0.75
# Per kind, tuned on the dev split (fallback alone vs the pattern router's choice, and
# on dev questions that must fall through): (lead over the runner-up as a share of the
# best score, minimum raw BM25 score of the best rule).
THRESHOLDS = {"deadline": (0.1, 0.0), "eligibility": (0.3, 12.0)}
KINDS = ("deadline", "eligibility")
# Rules reached only by their own patterns: the thresholds were set on the dev split with the
# descriptions of the rules before them, and any added description shifts every rule's idf
# and so every margin (rules6 added the investigators' acts: interpreter, warrant,
# restraints, search, identity).
PATTERN_ONLY = frozenset(
    {
        "eligibility.lawyer_interpreter",
        "eligibility.detention_without_warrant",
        "eligibility.restraints",
        "eligibility.search",
        "eligibility.unknown_identity",
        # rules7: leaving on bail or under surveillance, interrogation outside custody
        "eligibility.leave_on_bail",
        "eligibility.leave_under_surveillance",
        "eligibility.interrogation_outside_custody",
        # an examination of a person, an investigation experiment (SPP Arts. 169, 171-173)
        "eligibility.body_examination",
        "eligibility.investigation_experiment",
        "eligibility.surveillance_meeting",
        "eligibility.leave_conditional_np",  # a minor's trip under conditional non-prosecution  # meeting people under residential surveillance
    }
)
DATE_ASK = re.compile(
    r"\b(by when|deadline|what date|last (day|date)|latest|until|till|expir\w*|how long"
    r"|how many (days|hours|months)|time limit|due)\b"
    # "when" asks a time at a clause's start or before an auxiliary ("so when they must
    # release him?", "when do they ..."), not inside a clause ("can I be there when they
    # question him?", a condition on another ask)
    r"|(?:^|[.?!,;:]\s*|\b(?:so|and|but|then|ok|okay) )when\b"
    r"|\bwhen(?= (?:do|does|did|will|would|must|should|shall|can|could|is|are|was|were|has|have"
    r"|had|am)\b|\s*[?.!]|$)"
)
VERDICT_ASK = re.compile(
    rf"{MODAL}|\b(eligible|qualif\w*|entitled|allowed|permitted|possible|an option)\b"
)
# after the trial: a sentence passed or a judgment appealed. Every deadline rule is of the
# investigation and prosecution stages, so "sentenced on 2 March; how long to appeal?" and
# "when will he be released?" are left to retrieval (which says the corpus does not cover it)
WHO_OR_WHAT = re.compile(r"\b(who|which (body|organ|authority|office)|what (rights|happens))\b")


def _words(rule_id: str) -> str:
    return rule_id.split(".", 1)[1].replace("_", " ")


@lru_cache(maxsize=1)
def descriptions() -> dict[str, str]:
    """Each deadline and eligibility rule's description, from its own data only."""
    index = catalogue_index()
    out: dict[str, str] = {}
    for rid, spec in all_rules().items():
        if spec.kind not in KINDS or rid in PATTERN_ONLY:
            continue
        parts = [_words(rid), spec.doc.split("Assumption")[0]]
        for lid in spec.limits:
            lim = index[lid]
            parts += [lim.label, lim.trigger, lim.actor, lim.phrase]
        out[rid] = " ".join(parts)
    return out


def _tokens(text: str) -> list[str]:
    return lexical_tokens(expand(text))


@lru_cache(maxsize=1)
def _index() -> tuple[tuple[str, ...], tuple[Counter[str], ...], dict[str, float], float]:
    desc = descriptions()
    ids = tuple(desc)
    docs = tuple(Counter(_tokens(desc[r])) for r in ids)
    df: Counter[str] = Counter(t for d in docs for t in d)
    n = len(docs)
    idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
    avg = sum(sum(d.values()) for d in docs) / max(n, 1)
    return ids, docs, idf, avg


def scores(text: str, kind: str) -> list[tuple[str, float]]:
    """BM25 score of every rule of `kind` for the question, best first (ties by id)."""
    ids, docs, idf, avg = _index()
    query = set(_tokens(text))
    out = []
    for rid, doc in zip(ids, docs, strict=True):
        if all_rules()[rid].kind != kind:
            continue
        length = sum(doc.values())
        s = 0.0
        for t in query & doc.keys():
            tf = doc[t]
            s += idf[t] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg))
        out.append((rid, s))
    return sorted(out, key=lambda p: (-p[1], p[0]))


def asked_kind(text: str, today: date | None = None) -> str | None:
    """Which answer a question about a concrete case asks for: a date or a verdict.

    A deadline is asked when a date cue is present and the question states the event's
    date; a verdict when a yes/no modal is present and the question states at least one
    fact an eligibility rule reads. Questions without case facts are left to retrieval.
    """
    if REFERENCE.search(text) or WHO_OR_WHAT.search(text):
        return None
    dated = find_when(text, today or date(2026, 1, 1)).has_date
    date_cue = bool(DEADLINE_CUE.search(text) or DATE_ASK.search(text))
    if dated and date_cue and not OFF_DEADLINE.search(text) and not WHEN_CAN.search(text):
        return None if POST_TRIAL.search(text) else "deadline"
    if HOW_TO.search(text) or WHEN_CAN.search(text) or LAWYER_HIRE.search(text):
        return None
    return "eligibility" if VERDICT_ASK.search(text) and read_facts(text) else None


def confidence(ranked: list[tuple[str, float]]) -> tuple[float, float]:
    """(share of the best score in the top three, lead over the runner-up as a share)."""
    top = [s for _, s in ranked[:3]]
    if not top or top[0] <= 0:
        return 0.0, 0.0
    second = top[1] if len(top) > 1 else 0.0
    return top[0] / sum(top), (top[0] - second) / top[0]


def fallback_route(text: str, today: date | None = None) -> str | None:
    """The rule id the (cleaned) question most likely asks for, or None when unsure."""
    kind = asked_kind(text, today)
    if kind is None:
        return None
    ranked = scores(text, kind)
    _, margin = confidence(ranked)
    min_margin, min_score = THRESHOLDS[kind]
    if not ranked or margin < min_margin or ranked[0][1] < min_score:
        return None
    best = ranked[0][0]
    # a verdict must still be asked in the rule's own frame ("can she GET bail"), so a
    # question about life in custody that names a condition ("pregnant") is not claimed
    return best if kind == "deadline" or asks(best, text) else None
