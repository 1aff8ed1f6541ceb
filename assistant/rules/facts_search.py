"""Facts about a search (SPP Rules Arts. 175, 178-181): a warrant shown or not, during an
arrest or detention, an emergency, whose person or place, by force after an obstruction, a
woman searched by a man. Read only when a search is named (`facts_acts.read_act_facts`);
pure, flat patterns, linear-time.

Example:
    >>> read_search_facts("can they search my mother? she is not a suspect")
    {'search_suspect': False}
"""

from __future__ import annotations

import re

from assistant.rules.negation import UNSURE, WINDOW, clause_before, doubted_after

R = re.compile
WARRANT = r"(search |separate |valid )*(warrant|papers|paperwork)"
NO_WARRANT = R(
    rf"\bwithout (a |an |any |the )?{WARRANT}|\bno {WARRANT}|\bwarrantless\b"
    rf"|\b(didn't|did not|never|not|don't|doesn't) (show|produce|present|have|bring)\w* (us |him |her"
    rf" |them |me )?(a |an |any |the )?{WARRANT}"
    rf"|\b(need|needs|require\w*|have to have|has to have) (a |an )?{WARRANT}"
)
HAS_WARRANT = R(
    rf"\b(with|had|have|has|showed|shown|presented|produced|came with|brought) (us )?(a |an |the"
    rf" )?{WARRANT}"
)
IN_ARREST = R(
    r"\b(while|when|during|as|after) [^.?!;]{0,25}\b(arrest\w*|detain\w*|detention)\b"
    r"|\b(arrest\w*|detain\w*)\b[^.?!;]{0,30}\b(and|then) (also )?search\w*"
    # "are executing a detention of suspect E at his home", "in the course of the arrest"
    r"|\b(execut|carr(y|ie)\w* out|enforc|effect|in the course of|in the middle of)\w*"
    r" (an |the |a )?(arrest|detention)\b"
)
NOT_IN_ARREST = R(
    r"\b(nobody|no one|not|none|neither) (is |was |were )?(being )?(arrested|detained)\b"
    r"|\bno (arrest|detention)\b"
    # "they are not arresting or detaining anybody, only search"
    r"|\b(not|aren't|weren't|isn't|wasn't) (arresting|detaining)\b|\bonly (a |the |to )?search\b"
)
EMERGENCY = R(
    r"\b(urgent\w*|emergenc\w+|no time|in a (rush|hurry)|about to (be )?(destroy|flee|run|escape"
    r"|hid|dump|burn|delet|mov|los)\w*)"
)
SUSPECT = R(r"\b(suspect\w*|accused|under investigation)\b")
UNINVOLVED = R(r"\b(nothing to do with|not involved|uninvolved|innocent|no part in)\b")
MAY_HIDE = R(r"\b(hid(e|es|ing|den)|conceal\w*|harbou?r\w*|stash\w*)\b")
FORCIBLE = R(
    r"\b(by force|forcibl\w+|force (their|his|her|the|its|a) way|break\w* (in|down|open|the door"
    r"|the lock)|broke (in|down|open|the door|the lock)|compulsor\w+|compulsiv\w+)\b"
)
OBSTRUCTED = R(
    r"\b(refus\w+ to (open|let|allow|cooperat\w*|unlock)|(won't|wont|wouldn't|would not|didn't"
    r"|did not) (open|let them|unlock|allow)|block\w*|obstruct\w*|resist\w*|locked the door"
    r"|barr\w+ the door|stood in (the|their) way)\b"
)
WOMAN = R(
    r"\b(wife|mother|mum|mom|daughter|sister|woman|women|girl|girlfriend|aunt|grandmother|she"
    r"|her)\b"
)
MALE_OFFICER = R(
    r"\b(male|man|men)\b[^.?!;]{0,20}\b(officer|prosecutor|procurator|investigator|cop|police)"
    r"|\bpolicem[ae]n\b"
)
BODY = R(r"\b(body|frisk\w*|pat\w* (her|\w+) down|strip[- ]search\w*|body[- ]search\w*)\b")


# a plain negation right before the words ("not urgent", "isn't hiding"); "without" is not
# one here, since these facts sit beside "without a warrant"
NOT_CUE = R(r"\b(not|never|no|none|nothing|nobody|neither)\b|n't\b")


def said(rx: re.Pattern[str], text: str) -> bool | None:
    """True when the pattern is stated, False when a plain negation comes just before it,
    None when not told or told as unknown ("I don't know whether he tried to run")."""
    m = rx.search(text)
    # only a doubt said ("not sure if"), not a hedge: "they think she may be hiding" is a fact
    if m is None or UNSURE.search(clause_before(text, m.start(), 2 * WINDOW)):
        return None
    if doubted_after(text, m.start()):  # "whether there was really no time ... is disputed"
        return None
    return not NOT_CUE.search(clause_before(text, m.start(), 30))


def read_search_facts(text: str) -> dict[str, object]:
    """The search facts the (cleaned, lower-case) text states."""
    out: dict[str, object] = {}
    if NO_WARRANT.search(text):
        out["search_warrant"] = False
    elif HAS_WARRANT.search(text):
        out["search_warrant"] = True
    if NOT_IN_ARREST.search(text):
        out["search_in_arrest"] = False
    elif IN_ARREST.search(text):
        out["search_in_arrest"] = True
    urgent = said(EMERGENCY, text)
    if urgent is not None:
        out["search_emergency"] = urgent
    suspect = said(SUSPECT, text)
    if UNINVOLVED.search(text):
        suspect = False
    if suspect is not None:
        out["search_suspect"] = suspect
    hide = said(MAY_HIDE, text)
    if hide is not None:
        out["search_may_hide"] = hide
    if FORCIBLE.search(text):
        out["search_forcible"] = True
    if OBSTRUCTED.search(text):
        out["search_obstructed"] = said(OBSTRUCTED, text) is not False
    if BODY.search(text) and WOMAN.search(text) and MALE_OFFICER.search(text):
        out["search_woman_by_man"] = not re.search(r"\b(female|woman|women) officers?\b", text)
    return out
