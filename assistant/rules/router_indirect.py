"""Rewrite lay indirect verdict asks into the plain modal form (pure, linear; see
`router_frames`).

Two shapes of asking a verdict without a modal in front:
- the *odds*: "is there any chance they let her out ...?", "what are the odds my dad gets
  bail?", "how likely is it that he gets bail?", "any way he can wait for trial at home?"
  ask whether the outcome may happen: "can they let her out ...?", "can my dad get bail?";
- a *claim to check*: "they say she can't be a guarantor. is that right?", "the officer told
  us bail is out of the question ... is that true?" ask the claim's own verdict: "can she be
  a guarantor?", "is bail possible ...?". Only a claim someone reported: the user's own
  premise ("mothers can never be arrested, right?") is left as it stands.

The rewrite is for routing only (facts are read from the user's words); the verdict
frames still decide whether the rewritten question asks a rule's verdict.

Example:
    >>> reword("what are the odds my dad gets out on bail?")
    'can my dad get out on bail?'
    >>> reword("they say she can't be a guarantor. is that right?")
    'can she be a guarantor?'
"""

from __future__ import annotations

import re

R = re.compile
# "is there any chance (that)", "what are the odds", "how likely is it that", "any way":
# followed by the clause asked (not by "of bail", which the frames read as a noun)
ODDS = R(
    r"\b(?:is there|there is|there's|do (?:we|they|i|you) (?:have|stand)|does (?:he|she) "
    r"(?:have|stand)) (?:any|a|some|even a|a real|a good|any real|much of a|much) (?:chance|"
    r"possibility|likelihood|prospect|hope|way)(?: at all)?(?: that)? (?!of\b|for\b|to\b|at\b)"
    r"|\b(?:what|how good|how high|how big) (?:are|is|'re|'s)? ?(?:the|his|her|my|our|their) "
    r"(?:odds|chances?|likelihood|prospects?)(?: that)? (?!of\b|for\b|to\b|at\b|are\b|is\b)"
    r"|\bwhat(?:'s|s| is) the (?:chance|likelihood|probability)(?: that)? (?!of\b|for\b)"
    r"|\bhow (?:likely|probable|realistic) is it(?: that)? "
    r"|\bis it (?:likely|possible|realistic|conceivable|probable|at all possible)(?: that)? "
    r"(?!to\b|for\b)|\b(?:do|would|did) you (?:think|reckon|expect|believe|suppose)(?: that)? "
    r"|(?:^|(?<=[.?!,;:]))\s*(?:and |so |but )?(?:any|some) (?:chance|hope|way|possibility)"
    r"(?: that)? (?!of\b|for\b|to\b|at\b)"
)
# "is there a way to get him out on bail?": a way for the asker
WAY_TO = R(
    r"\b(?:is there|there is|there's) (?:any|a|some) (?:way|chance|possibility) to "
    r"|(?:^|(?<=[.?!,;:]))\s*(?:any|some) (?:way|chance) to "
)
# the verb after the subject, made the bare form a modal takes ("can my dad GET bail")
BASE = {
    "gets": "get",
    "got": "get",
    "is": "be",
    "are": "be",
    "goes": "go",
    "lets": "let",
    "signs": "sign",
    "approves": "approve",
    "grants": "grant",
    "gives": "give",
    "decides": "decide",
    "agrees": "agree",
    "puts": "put",
    "places": "place",
    "makes": "make",
    "allows": "allow",
    "releases": "release",
    "qualifies": "qualify",
    "won't": "not",
    "wont": "not",
    "can't": "not",
    "cannot": "not",
}
MODALS = frozenset({"can", "could", "will", "would", "might", "may", "'ll", "'d"})
_WORDS = R(r"[\w'()-]+")
# "is that right?", "is this true?", "correct?": the claim before it is what is asked
CHECK = R(
    r"(?:^|(?<=[.!;,]))\s*(?:(?:is|isn't|was) (?:that|this|it)(?: really| actually)? (?:right|true"
    r"|correct|so|accurate|the case|the law|how it works)|(?:right|true|correct|really)"
    # "is the detective right?": the claim is the one that source made
    r"|(?:is|was) (?:the|my|our|his|her) (?P<who>[\w-]+)(?: really| actually)? (?:right|correct)"
    # "his lawyer says X; my uncle says Y. who is right?": the claim that says what is asked
    r"|(?P<which>who(?:'s| is) right|which (?:one )?is (?:right|correct)))\s*\?"
)
STATEMENT = R(r"[^.?!;]+[.!;,]?\s*$")
SENTENCE = R(r"[^.?!;]+[.!;]")
HEARSAY_LEAD = R(
    r"^.{0,80}?\b(?:say|says|said|(?:was|were|been|got) told|told (?:me|us|him|her|them)|tell (?:me|us)"
    r"|claim\w*|insist\w*"
    r"|reckon\w*|think\w*|heard|read)\b(?: that)? "
)
# the claim's verdict: "she can't be ...", "he has to step aside", "bail is out of the question"
CLAIM = R(
    r"\b((?:[\w'-]+ ){0,3}?[\w'-]+) (can't|cannot|can|could|couldn't|may not|may|mustn't|must not"
    r"|must|won't|will not|will|should|shouldn't|(?:has|have|had) to|(?:is|isn't|is not) "
    r"(?:allowed|able|eligible|entitled) to) "
)
# a claim that conditions are met: "my brother meets all the conditions for arrest"
MEETS = R(r"\b(meets?|satisf(y|ies)|fulfil\w*|qualif(y|ies) for)\b")
NO_WAY = R(
    r"\b(?:is|are|was|were)(?: simply| just)? (?:out of the question|impossible|ruled out|off the "
    r"table|not (?:possible|allowed|an option|available|on the table))\b"
)
DUTY = frozenset({"must", "mustn't", "must not", "has to", "have to", "had to", "should"})


def _base(rest: str) -> str:
    """`rest` (what follows the new modal) with its first verb in the bare form."""
    words = list(_WORDS.finditer(rest))[:6]
    for m in words:
        w = m.group(0)
        if w in MODALS:
            return rest[: m.start()] + rest[m.end() :].lstrip()
        if w.endswith(("'d", "'ll")):  # "they'd", "he'll": the modal goes, the subject stays
            return rest[: m.start()] + w.split("'")[0] + rest[m.end() :]
        if w in BASE:
            return rest[: m.start()] + BASE[w] + rest[m.end() :]
    return rest


def _odds(text: str) -> str:
    text = WAY_TO.sub("can we ", text)
    m = ODDS.search(text)
    if m is None:
        return text
    lead = m.group(0)[: len(m.group(0)) - len(m.group(0).lstrip())]
    return f"{text[: m.start()]}{lead}can {_base(text[m.end() :])}"


def _asked(sentence: str) -> str | None:
    """The question a reported claim answers ("his lawyer says it will be unsealed" -> "can it
    be unsealed"), or None when the sentence reports no claim with a verdict."""
    said = sentence.strip().rstrip(".!;,")
    lead = HEARSAY_LEAD.match(said)
    if lead is None:  # "mothers can never be arrested, right?" states a premise; not a claim
        return None
    said = said[lead.end() :]
    if claim := CLAIM.search(said):
        modal = "must" if claim.group(2) in DUTY else "can"
        return f"{modal} {claim.group(1)} {said[claim.end() :]}"
    if NO_WAY.search(said):
        return NO_WAY.sub("is possible", said)
    return f"is it true that {said}" if MEETS.search(said) else None


def _checked(text: str) -> str:
    """The claim before "is that right?" put as the question it answers."""
    m = CHECK.search(text)
    before = STATEMENT.search(text, 0, m.start()) if m else None
    if m is None or before is None:
        return text
    if m.group("who"):  # the named source's own claim, which may lie further back
        said_by = [s for s in SENTENCE.finditer(text, 0, m.start()) if m.group("who") in s.group(0)]
        before = said_by[-1] if said_by else before
    elif m.group("which"):  # the last claim a rule could answer
        claims = [s for s in SENTENCE.finditer(text, 0, m.start()) if _asked(s.group(0))]
        before = claims[-1] if claims else before
    asked = _asked(before.group(0))
    if asked is None:
        return text
    lead_space = " " if before.group(0)[:1].isspace() else ""
    return f"{text[: before.start()]}{lead_space}{asked}?{text[before.end() : m.start()]}{text[m.end() :]}"


def reword(text: str) -> str:
    """The odds asked as "can ...", and a claim to check asked as its own question."""
    return _checked(_odds(text))
