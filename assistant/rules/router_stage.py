"""Which step of a two-step procedure a deadline question is about (pure, linear-time).

Many limits come in pairs: a party applies within N days of a decision, then the
authority decides within M days of the application (MPS Provisions Arts. 30-31: "within
five days after receiving the Decision", then "within three days, make a reconsideration
decision"). A question that dates the application and asks when "they" must decide or
reply is about the second step; one that dates the decision and asks how long "we" have is
about the first. Delivery of a written decision and the police's execution receipt are
single further steps named by their own words.

Example:
    >>> stage_of("we filed for reconsideration on 2 may. when must they decide?")
    'decision'
    >>> stage_of("we got the rejection on 2 may. how long do we have to ask them to reconsider?")
"""

from __future__ import annotations

import re

from assistant.rules.router_cues import DEADLINE_CUE
from assistant.rules.router_topics import TOPICS

# The dated event is an application for reconsideration (or review) made or received.
APPLIED = re.compile(
    r"\b(filed|lodged|submitted|sent|put in|made|applied|asked|requested|appeal\w*)\b"
    r"[^.?!]{0,60}\b(reconsider\w*|review)\b"
    r"|\b(reconsideration|review) (request|application|petition)\b[^.?!]{0,30}\b"
    r"(received|filed|submitted|lodged|sent|made|reached|arrived|came in)"
    r"|\b(applied|asked|requested|appl(y|ied|ication)|requests?)\b[^.?!]{0,60}\b(reconsider\w*"
    r"|think (it |that )?again)"
)
# The asking sentence wants the authority's decision or reply.
DECISION = re.compile(
    r"\b(decid\w*|decision|reply|respond\w*|response|answer|rul(e|ing) on|get back to)\b"
)
# ... and not the applicant's own time ("how long do we have to apply?").
OWN_TIME = re.compile(
    r"\b(how long|how many days|how much time) (do|does|did) (we|i|you|he|she|the police|"
    r"the station)\b|\b(last day|deadline|latest) (to|for) (file|filing|apply|applying|ask|"
    r"asking|request|requesting|lodge|submit)\b"
)
DELIVERY = re.compile(
    r"\b(deliver\w*|serv(e|ed|ice)|hand\w* (over|to)|sent to|given to)\b[^.?!]{0,60}"
    r"\b(decision|notice|copy|written)|\b(decision|notice|copy)\b[^.?!]{0,40}\b(deliver\w*|served)"
    # a decision read out to the suspect (MPS Art. 80: "shall read it to the criminal suspect")
    r"|\bread (it|that|this|the|their|its)( \w+)?( decision)? (out )?(to|aloud)\b"
)
# the day a decision reached the person ("3 Mar - they read the confiscation decision to
# me"), which a dated story tells apart from the decision's own day
RECEIVED = re.compile(
    r"\b(received|got|was given|were given|(was|were) served|read (out )?(it|the [\w ]{0,25}?decision"
    r"|the [\w ]{0,25}?notice) (out )?to (me|us|him|her|them))\b"
)
RECEIPT = re.compile(
    r"\b(execution receipt|receipt of (the )?(execution|release)|release receipt)\b"
    # "send back the receipt", "return the receipt": the receipt named by its delivery
    r"|\b(send|sent|return\w*|deliver\w*|hand\w*|give|gave|issue\w*)( back| over| in)? "
    r"(the |a |their |its |that )?receipt\b"
)


def _asking(text: str) -> str:
    """The sentences that carry the deadline question."""
    return " . ".join(p for p in re.split(r"[.?!;]", text) if DEADLINE_CUE.search(p)) or text


def stage_of(text: str) -> str | None:
    """'decision', 'delivery', 'receipt', or None for the first (the party's own) step."""
    ask = _asking(text)
    if RECEIPT.search(text):
        return "receipt"
    if DELIVERY.search(ask):
        return "delivery"
    if APPLIED.search(text) and DECISION.search(ask) and not OWN_TIME.search(ask):
        return "decision"
    return None


# MPS Art. 44 / SPP Art. 151: five days for "major and complex joint crimes" such as triad,
# terrorist, smuggling, drug, embezzlement and bribery cases. Both a listed kind of crime
# and several suspects must be stated (an organisation implies several).
JOINT_KIND = re.compile(
    r"\b(drugs?|narcotics?|traffick\w*|smuggl\w*|embezzl\w*|brib\w*|corrupt\w*|terror\w*|"
    r"triad|mafia|organi[sz]ed crime|gang)\b"
)
SEVERAL = re.compile(
    r"\b(co-?(accused|defendants?|suspects?|offenders?)|accomplices|joint|gang|triad|mafia|"
    r"ring|organi[sz]ation|(two|three|four|five|six|several|multiple|many|\d+) "
    r"(people|persons|suspects|defendants|accused|members))\b"
)


def major_joint(text: str) -> bool | None:
    """True when the text names a listed kind of joint crime with several suspects."""
    return True if JOINT_KIND.search(text) and SEVERAL.search(text) else None


MEASURES = ("surveillance", "bail", "arrest", "detention")


def overdue_measure(topics: frozenset[str], text: str) -> str | None:
    """The measure held beyond its period: the one named in the sentence that says so ("asked
    them to end the detention as it has run past its legal period", though an arrest not yet
    decided was told before), else the first of MEASURES the question names."""
    for sentence in re.split(r"[.?!;]", text):  # as `_asking` splits
        if TOPICS["overdue"].search(sentence):
            named = [m for m in MEASURES if m in topics and TOPICS[m].search(sentence)]
            if named:
                return named[0]
    return next((m for m in MEASURES if m in topics), None)
