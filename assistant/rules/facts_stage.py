"""Where the case stands and how the writer speaks, read before the facts (pure patterns).

A sentence imposed or a judgment served puts the case at the court stage, which no deadline
rule computes ("judgment served on 24 February: last day to appeal?"), and settles that the
case was prosecuted; the writer's own apology ("sorry, on 31 January") is no remorse of the
suspect.

Example:
    >>> bool(POST_TRIAL.search("first-instance judgment served on my client on 24 february"))
    True
"""

from __future__ import annotations

import re

SENTENCED_RE = re.compile(
    r"\b(was|were|been|got|is|has been) (sentenced|convicted)\b|\bjudgment (is|was|became|has "
    r"become) (final|effective|legally effective)\b"
    # "committed the robbery and got 7 years": a sentence imposed
    r"|\b(got|was given|received|is serving|was jailed for)( a| an)? [\w.-]+[- ](years?|months?)\b"
    r"(?! old| ago)"
    # "the court gave him seven years", "the judge sent her to prison"
    r"|\b(court|judge)s? (gave|handed|sentenced|sent) (him|her|them)\b"
    # a form's line: "Judgment: 3 years' imprisonment", "(final judgment 2019)"
    r"|\b(final|effective) (judgment|verdict|sentence)\b|\b(judgment|verdict|sentence imposed): "
)
# told as prosecuted ("he was prosecuted and got seven years"), not asked ("whether he was")
PROSECUTED = re.compile(
    r"(?<!whether )(?<!if )\b(he|she|they|i|[\w-]+) (was|were|got|has been|had been) (prosecuted"
    r"|indicted)\b"
)
# the court stage, which no deadline rule computes: a sentence given, a judgment served, an
# appeal against it, the trial's start ("judgment served on 24 February: last day to appeal?")
POST_TRIAL = re.compile(
    SENTENCED_RE.pattern + r"|\bappeal\w* (against )?(the |a |my |his |her )?(judgment|verdict"
    r"|sentence|conviction|ruling)\b|\b(serv\w+|finish\w*) (his|her|my|the|a) sentence\b"
    r"|\b(first|second)[- ]instance\b|\bjudge?ments? (was |were |is |has been |had been )?(served"
    r"|delivered|handed down|pronounced|announced|issued)\b|\btrial (will |would )?(start|begin)"
    r"|\bsent (the |his |her |their |my |our )?case to (the )?court\b"
    r"|(?<!be )\bsentenced to\b"  # "... and sentenced to three years", not "may be sentenced to"
    # "the last day we can appeal to the higher court", non-native "was sentence by the court"
    r"|\bappeal\w*\b[^.?!]{0,30}\b(to|in|at) (the |a )?(higher|appeals?|appellate|intermediate"
    r"|upper) (people's )?court\b|\b(was|were|been|got) sentenced? by (the |a )?court\b"
)


# the writer's own apology is no remorse of the suspect: "sorry, on 31 January", "sorry for
# my english", "sorry to bother you"
APOLOGY = re.compile(
    # a correction: the writer's "sorry," opens the sentence or follows a dash ("he's sorry,
    # the evidence is clear" is the suspect's remorse)
    r"(?:^|(?<=[.!?(\u2013\u2014-])\s*)(i'm |i am )?sorry(?=, (on|in|at|i|it|the|that|i'm|my|not|no"
    r"|make)\b)"
    r"|\b(i'm |i am |so |very )?sorry(?= (for|about) (my|the|this) (english|grammar|spelling|long"
    r"|message|post|question|writing|typos?|mess)\b| to (bother|ask|trouble|write|disturb)\b)"
)
# the law restated as a condition, no fact of the case: "MPS Art. 108 lets the police withhold
# the notice if an accomplice might flee" (the facts follow in another sentence)
LAW_IF = re.compile(
    r"(?:^|(?<=[.!?]))[^.?!]*?\b(?:art(?:icle)?s?\.? ?\d+|the (?:law|rules?|provisions?|cpl|mps"
    r"|spp|police rules?|procuratorate'?s? rules?))\b[^.?!]{0,40}?\b(?:lets?|allows?|permits?|says?"
    r"|provides?|means|requires?|states?)\b[^.?!]*?\b(?:if|where|when|unless)\b[^.?!]*[.!]"
)
