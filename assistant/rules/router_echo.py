"""A bare "do I?" echoing the duty stated just before it (data; flat, linear-time).

"The officer said I first need the investigators' approval before I can meet him. Do I?"
asks whether the stated duty holds: it is rewritten as "do i need the investigators'
approval before i can meet him?", so the frame of the rule the duty names can match.

Example:
    >>> echo_duty("he said i need approval to meet him. do i?", 37)
    'he said i need approval to meet him. do i need approval to meet him?'
"""

from __future__ import annotations

import re

R = re.compile
DO_ASK = R(r"(?:do|does|did) (they|he|she|we|i|you)\s*\?")
# the last duty told of a person in the sentence before: "i (first) need ...", "we have to ..."
DUTY = R(
    r"\b(?:they|he|she|we|i|you) (?:first |still |really |now |also )?(need|needs|have to|has to"
    r"|must) ([a-z][^.?!;]{2,150})"
)
BEFORE = R(r"[^.?!;]+[.!;]\s*$")


def echo_duty(text: str, start: int) -> str | None:
    """The text with the bare "do X?" at `start` replaced by the duty stated before it, or
    None when it is not such an ask or no duty is stated in the sentence before."""
    ask = DO_ASK.match(text, start)
    before = BEFORE.search(text, 0, start)
    if ask is None or before is None:
        return None
    duties = list(DUTY.finditer(text, before.start(), before.end()))
    if not duties:
        return None
    verb = "need" if duties[-1].group(1).startswith("need") else "have to"
    rest = duties[-1].group(2).strip().rstrip(".!;")
    return f"{text[:start]}do {ask.group(1)} {verb} {rest}?{text[ask.end() :]}"
