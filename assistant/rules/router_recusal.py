"""Words naming a withdrawal (recusal) request: asking for another official (data; flat).

Example:
    >>> bool(RECUSAL.search("can we have the investigator taken off the case"))
    True
"""

from __future__ import annotations

import re


def words(*alternatives: str) -> re.Pattern[str]:
    """A word-bounded alternation of regex fragments (flat, so linear-time)."""
    return re.compile(r"\b(" + "|".join(alternatives) + r")\b")


RECUSAL = words(
    r"recus\w+",
    "withdrawal",
    r"(his|her|their) (removal|replacement)",
    r"disqualif\w+",
    # "can we object to him?", "a reason to have him removed"
    r"object\w* to (him|her|them|the (officer|investigator|prosecutor|procurator|detective|judge)s?)",
    r"(have|get) (him|her|them) (removed|replaced|taken off)",
    "conflict of interest",
    r"(asked|made|told|ordered|forced|required) to (withdraw|step (down|aside)|recuse)",
    "step (down|aside)",
    r"(he|she|they|him|her|them|judge|officer|investigator|prosecutor|procurator)s? (to |must "
    r"|should |(supposed|meant|obliged|required|have|has|need|needs|ought) to )?withdraw",
    # asking for a different official: "take the prosecutor off the case", "swap out the
    # investigator", "we objected to the officer"
    r"(take|taking|took|taken|remove\w*|swap\w*( out)?|replac\w+|switch\w*|chang\w+)"
    r"( \w+){0,3} (prosecutor|procurator|investigator|officer|detective|judge)s?"
    r"( \w+)?( off| from)",
    r"(swap\w* out|replac\w+|remov\w+) (the |that |this |our |my )?([\w-]+ )?"
    r"(prosecutor|procurator|investigator|officer|detective|judge)",
    r"(a |an )?(different|new|another|other) (prosecutor|procurator|investigator|officer|"
    r"detective|judge)",
    r"object\w* to (the |that |this |our |my )?"
    r"(prosecutor|procurator|investigator|officer|detective|judge)",
    r"(him|her|them|he|she) (to be |be |being )(replaced|removed|taken off)",
    r"(him|her|them) (replaced|removed|taken off|withdrawn)",
    # "asked for the detective on his case to be replaced"
    r"(prosecutor|procurator|investigator|officer|detective|judge)s?( [\w'-]+){0,6} "
    r"(to be|be|being|was|were) (replaced|removed|taken off|changed|swapped)",
    r"(prosecutor|procurator|investigator|officer|detective|judge) (taken |removed )?off "
    r"(the|my|our|his|her|their) ([\w']+ ){0,2}case",
    # "we applied to have the investigating officer removed", "get the investigator replaced"
    r"(have|get|having|getting|had|got) (the|that|this|our|my|his|her) ([\w-]+ )?(prosecutor|"
    r"procurator|investigator|officer|detective|judge)s? (replaced|removed|taken off|changed|swapped"
    r"|withdrawn)",
    # an official by name: "can he get Officer Peng taken off the case?"
    r"(taken|removed|kicked|pulled|thrown) off (the|this|that|my|our|his|her|their) ([\w']+ ){0,2}"
    r"(case|investigation)",
    # "can we ask for somebody else to handle it?"
    r"(somebody|someone|anybody|anyone) else (to )?(handle|take over|run|deal with|be in charge of)",
    # the official's own fitness for the case asked: "is he allowed to be the prosecutor on it?"
    r"(allowed|permitted|fit|entitled) to (be|act as|serve as|stay|remain)( as)? (the )?"
    r"(prosecutor|procurator|investigator|officer|detective|judge)s? (on|in|for|of|handling)",
    r"(can|could|should|may|must) (he|she|they|the \w+) (be|act as|serve as|stay|remain)( as)? (the )?"
    r"(prosecutor|procurator|investigator|officer|detective|judge)s? (on|in|for|of|handling)",
    # "should he stay on the case?" (the rule is chosen only with a ground raised)
    r"(prosecutor|procurator|investigator|officer|detective|judge|he|she)s? (stay|remain|keep"
    r" going|continue)( \w+)? (on|with|handling|in charge of) (the|this|my|our|his|her)"
    r" (\w+ )?case",
    # the ground told as a fact: "the detective in charge turns out to be the victim's brother"
    r"(prosecutor|procurator|investigator|officer|detective|judge)\b[^.?!]{0,60}\b(is|was|turns? out"
    r" to be|happens to be)( [\w-]+){0,2} (the )?(victim|complainant|suspect|accused|defendant"
    r"|other side|other party)'s\b",
)
# a withdrawal already asked for: the question is then whether the case stops meanwhile
PENDING = words(r"appl(y|ied|ication)", r"request(ed)?", "asked for", "pending", r"decid\w+")
