"""Facts about a people's congress deputy: that the person is one, the level of the congress,
and which compulsory measure is asked about (pure; read by `router_facts.read_facts`).

The level decides the rule (SPP Rules Arts. 79, 93; MPS Provisions Arts. 140-142): a deputy
at or above the county level may be detained or arrested only with the permission of the
presidium or standing committee, a township deputy's congress is only told. The measure
decides too: only a detention of an active criminal is reported after the fact.

Example:
    >>> read_deputy_facts("can the police arrest a deputy to the county people's congress?")
    {'npc_deputy': True, 'deputy_county_up': True, 'measure_detention': False, 'measure_arrest': True}
"""

from __future__ import annotations

import re

from assistant.rules.facts_compelled import COMPELLED

R = re.compile
CONGRESS = r"(people'?s congress|\bnpc\b|\bcongress\b)"
# "a deputy to the county people's congress", "an NPC delegate", "sits on the congress"
DEPUTY = R(
    rf"\b(deput(y|ies)|delegates?|representatives?|members?|sits? (on|in)|seat (on|in)|elected to|serves? (on|in))\b[^.?!]{{0,45}}"
    rf"{CONGRESS}|{CONGRESS}[^.?!]{{0,25}}\b(deput(y|ies)|delegates?|representatives?)\b"
)
TOWNSHIP = R(r"\b(township|town|nationality township|village|xiang|zhen)\b")
# the county and every level above it (a district is county level, a municipality above)
COUNTY_UP = R(
    r"\b(county|district|city|municipal|prefecture|prefectural|provincial|province|autonomous "
    r"region|national|npc)\b"
)
NOT_LEVEL = R(rf"\bnot (at |on |in |of )?(the |a )?{COUNTY_UP.pattern}")
_END = R(r"[.?!]\s")
ARREST = R(r"\barrest(ed|ing|s)?\b(?<!house arrest)")
DETAIN = R(r"\b(detain\w*|detention|custody|lock\w* (him|her|them) up|hold (him|her|them))\b")
OTHER = R(r"\b(bail|surveillance|house arrest|summon\w*|compelled appearance)\b")


def _level(text: str) -> bool | None:
    """True for a county-or-higher congress, False for a township's, None when unsaid."""
    near = []
    for m in DEPUTY.finditer(text):  # within the deputy's own sentence
        lo = max([0, m.start() - 60] + [b.end() for b in _END.finditer(text, 0, m.start())])
        hi = next((b.start() for b in _END.finditer(text, m.end())), len(text))
        near.append(text[lo : min(hi, m.end() + 20)])
    joined = NOT_LEVEL.sub(" ", " ".join(near))  # "the township one, not the county one"
    if TOWNSHIP.search(joined) and not COUNTY_UP.search(joined.replace("npc", "")):
        return False
    return True if COUNTY_UP.search(joined) else None


def read_measure(text: str) -> dict[str, bool]:
    """The measure asked about: the asking sentences first, else the whole text. Bail,
    residential surveillance and a summons are "other" (MPS Arts. 140, 143 list them too)."""
    for part in (" ".join(re.findall(r"[^.?!]*\?", text)), text):
        for key, rx in (
            ("measure_other", OTHER),
            ("measure_other", COMPELLED),
            ("measure_arrest", ARREST),
        ):
            if rx.search(part):
                return _only(key)
        if DETAIN.search(part):
            return _only("measure_detention")
    return {}


def _only(key: str) -> dict[str, bool]:
    keys = ("measure_detention", "measure_arrest", "measure_other")
    out = {k: k == key for k in keys}
    return {k: v for k, v in out.items() if k != "measure_other" or v}


def read_deputy_facts(text: str) -> dict[str, object]:
    """The deputy facts the (cleaned, lower-case) text states; empty when no deputy is named."""
    if not DEPUTY.search(text):
        return {}
    out: dict[str, object] = {"npc_deputy": True}
    level = _level(text)
    if level is not None:
        out["deputy_county_up"] = level
    return out | read_measure(text)
