"""Verdict frames of the rules on the investigators' acts (data; merged into
`router_asks.FRAMES`): may a lawyer bring an interpreter, may the police detain before the
warrant, may restraints be used, may a search be made, may a suspect who withholds his
identity be arrested or prosecuted. Every pattern is flat with bounded gaps.

Example:
    >>> bool(FRAMES["eligibility.restraints"].search("can the police handcuff him?"))
    True
"""

from __future__ import annotations

import re

from assistant.rules.router_asks_office import THAT_ALLOWED
from assistant.rules.router_modal import ADV, MODAL, NEEDS_PERMISSION, SUBJ

R = re.compile
# "is that allowed without police ok?", "it is allowed?": the act told, its lawfulness asked
ALLOWED_ASK = (
    r"\b(allowed|permitted|lawful|legal|ok|okay|proper)\b[^.?!;]{0,40}\?"
    r"|\b(it|that|this) (is|was) (allowed|legal|lawful|permitted|ok|okay)\b"
    # "is that legal?" after a told act is reworded "is it legal that <the act>?"
    r"|\b(is|was) it (allowed|legal|lawful|permitted|ok|okay|proper) that\b"
    r"|\bagainst the (law|rules)\b"
    r"|\b(is|are) (he|she|they|the (lawyer|police|officers?|prosecutors?))( really)? right\b"
    # a tag question without its mark: "thats fine right", "it's ok isn't it"
    r"|\b(that'?s|that is|it'?s|it is|this is)( totally| perfectly)? (fine|ok|okay|alright|all right"
    r"|allowed|legal),? (right|isn'?t it|yes|yeah|correct)\b"
)
ALLOWED_TO = r"\b(allowed|permitted|entitled|able|free|legal|lawful) (for [\w ]{1,30} )?to "
FRAMES: dict[str, re.Pattern[str]] = {
    "eligibility.lawyer_interpreter": R(
        rf"{MODAL}{SUBJ}{ADV} (bring|take|have|use|hire|get|come with|be accompanied by|go in"
        r"|go into|come in|come into|attend|join|sit in|be present|be there|be allowed"
        r"|ask|tell|check with|seek|obtain)\b"
        rf"|{ALLOWED_TO}(bring|take|have|use|hire|attend|join|go|come)\b"
        rf"|{NEEDS_PERMISSION}|{THAT_ALLOWED}|{ALLOWED_ASK}"
        r"|\b(need|needs|have|has) to (ask|tell|check with)\b"
    ),
    "eligibility.detention_without_warrant": R(
        rf"{MODAL}{SUBJ}{ADV} (just |simply )?(detain|hold|take|grab|pick|lock|seize|arrest|do"
        r" (that|this|so|it)|be (detained|held|taken|picked up|locked up))\b"
        rf"|{ALLOWED_TO}(detain|hold|take|grab|pick|lock|seize|arrest)\b"
        rf"|{THAT_ALLOWED}|{ALLOWED_ASK}"
    ),
    "eligibility.restraints": R(
        rf"{MODAL}{SUBJ}{ADV} (handcuff|cuff|restrain|shackle|tie|put|use|apply|place)\b"
        rf"|{ALLOWED_TO}(handcuff|cuff|restrain|shackle|tie|put|use|apply|place)\b"
        rf"|{THAT_ALLOWED}|{ALLOWED_ASK}"
    ),
    "eligibility.search": R(
        rf"{MODAL}{SUBJ}{ADV} (search|frisk|pat|strip-search|body-search|go through|ransack"
        r"|enter and search|force (their|his|her|a) way|break in|do (a |the )?(body |strip )?search"
        r"|carry out (a |the )?search|conduct (a |the )?search|be (searched|frisked|strip-searched"
        r"|body-searched))\b"
        rf"|{ALLOWED_TO}(search|frisk|go through|enter)\b"
        r"|\b(need|needs|require\w*) (a |an )?(search )?warrant\b"
        rf"|{THAT_ALLOWED}|{ALLOWED_ASK}"
    ),
    "eligibility.unknown_identity": R(
        rf"{MODAL}{SUBJ}{ADV} (still )?(arrest|charge|prosecute|try|indict|send|transfer|refer"
        r"|approve|apply|ask|request|be (arrested|charged|prosecuted|tried|indicted|sent|taken to"
        r" court|put on trial|transferred))\b"
        rf"|{ALLOWED_TO}(arrest|charge|prosecute|apply)\b"
        r"|\b(arrest|prosecution|charges?)\b[^.?!;]{0,20}\b(possible|allowed|still possible)\b"
    ),
}
# Asked from the other side ("does he need permission to bring an interpreter?"): the verdict
# stays, its leading yes or no swaps (`asked_as`)
CONVERSE = {"eligibility.lawyer_interpreter": R(NEEDS_PERMISSION)}
