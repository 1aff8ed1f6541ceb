"""Perturbation robustness: do routed questions keep their rule and value when reworded
in ways that do not change what they ask?

Takes every labelled routing question (`tests/rules/routing*.yaml`, no history, no own
`today`, no instrument filter) that is right as written, applies each perturbation below,
and counts how many stay right (same rule, same computed value, same need to ask). A
perturbation that leaves a question unchanged is not counted for it. The perturbations
are meaning-preserving by construction; a question that fails one shows a reading that
depends on surface form. The questions are open (tuned-on) data: this finds brittle
readers, it does not measure generalisation (the blind rounds do).

    HF_HUB_OFFLINE=1 python -m bench.perturb [--show NAME]

`--show NAME` lists the questions that fail perturbation NAME, as perturbed.
"""

from __future__ import annotations

import argparse
import logging
import re
from collections.abc import Callable

from bench.dictation import items, right

log = logging.getLogger("bench")

_NUM_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|jul[yi]?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# a bare small number that is not part of a date, time, article number or sum
_SMALL = re.compile(
    rf"(?<![\w/.:,-])(?<!art\. )(?<!article )(?<!rule )(?<!art )(1?\d|20)(?![\w/.:%-]|,\d|\.\d)"
    rf"(?!\s*(?:{_MONTH})\b)(?!\s*(?:am|pm|yuan|rmb)\b)",
    re.IGNORECASE,
)
_AFTER_MONTH = re.compile(rf"(?:{_MONTH})\.?\s*$", re.IGNORECASE)
_CONTRACT = [
    ("does not", "doesn't"), ("do not", "don't"), ("did not", "didn't"), ("is not", "isn't"),
    ("are not", "aren't"), ("was not", "wasn't"), ("has not", "hasn't"), ("have not", "haven't"),
    ("cannot", "can't"), ("will not", "won't"), ("would not", "wouldn't"),
]  # fmt: skip
_ELLIPTIC = re.compile(r"^(?:\S+\s+){0,4}\S+$|\b(?:this|that|it|so|such)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def lowercase(q: str) -> str:
    return q.lower()


def greeting(q: str) -> str:
    return f"Hi, sorry to bother you. {q} Thanks in advance for any help."


def question_first(q: str) -> str:
    """The last sentence, when it is the question, moved to the front; not a short or
    elliptic one ("Is it?", "The rules permit this?"), which needs what came before."""
    parts = _SENTENCE.split(q.strip())
    if len(parts) < 2 or not parts[-1].endswith("?") or _ELLIPTIC.search(parts[-1]):
        return q
    return " ".join([parts[-1], *parts[:-1]])


def no_commas(q: str) -> str:
    return re.sub(r",(?!\d)", "", q)


def contractions(q: str) -> str:
    """Full forms contracted, and contracted forms written out (each both ways)."""
    out = q
    for full, short in _CONTRACT:
        if re.search(rf"\b{full}\b", out, re.IGNORECASE):
            out = re.sub(rf"\b{full}\b", short, out, flags=re.IGNORECASE)
        else:
            out = re.sub(rf"\b{re.escape(short)}\b", full, out, flags=re.IGNORECASE)
    return out


def number_words(q: str) -> str:
    """Bare numbers up to 20 (ages, counts, periods) written as words."""

    def word(m: re.Match[str]) -> str:
        if _AFTER_MONTH.search(q[: m.start()]) or m.group(1) in ("2", "4"):
            return m.group(0)  # "March 3": a date; chat's "2" and "4" are "to" and "for"
        return _NUM_WORDS[int(m.group(1))]

    return _SMALL.sub(word, q)


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "lowercase": lowercase,
    "greeting": greeting,
    "question first": question_first,
    "no commas": no_commas,
    "contractions": contractions,
    "number words": number_words,
}


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=sorted(PERTURBATIONS), help="list this one's failures")
    args = ap.parse_args()
    cases = [c for c in items(min_words=0) if right(c, c["q"])]
    log.info("%d routing questions right as written\n", len(cases))
    log.info("| perturbation | changed | still right | share |\n|---|---|---|---|")
    for name, fn in PERTURBATIONS.items():
        changed = [(c, fn(c["q"])) for c in cases if fn(c["q"]) != c["q"]]
        failed = [(c, q) for c, q in changed if not right(c, q)]
        share = 1 - len(failed) / len(changed) if changed else 1.0
        log.info("| %s | %d | %d | %.3f |", name, len(changed), len(changed) - len(failed), share)
        if args.show == name:
            for c, q in failed:
                log.info("    %s -> %s\n        %s", c["rule"], c.get("computed"), q)


if __name__ == "__main__":
    main()
