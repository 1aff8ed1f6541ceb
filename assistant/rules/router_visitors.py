"""Topic, candidate, frame and facts of meeting people under residential surveillance (MPS
Provisions Art. 97 (2); SPP Rules Arts. 66-67). Data and pure readers, flat and linear-time;
merged into `router_topics.TOPICS` and `router_asks.FRAMES`, tried by `router_elig.candidates`
after the trip rules (a trip out of the residence is `eligibility.leave_under_surveillance`),
and read by `router_facts.read_facts` only when the topic is named.

Example:
    >>> read_visitor_facts("can his girlfriend come over? she lives across town")
    {'meet_cohabitant': False, 'meet_own_lawyer': False}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.rules.facts_acts import GOT_PERMIT
from assistant.rules.facts_leave import BY_PROCURATORATE, CONSENT, NO_APPROVAL, NO_CONSENT
from assistant.rules.negation import uncertain
from assistant.rules.router_acts import LAWYER
from assistant.rules.router_asks_acts import ALLOWED_ASK, ALLOWED_TO
from assistant.rules.router_asks_office import THAT_ALLOWED
from assistant.rules.router_lawyers import words
from assistant.rules.router_modal import ADV, MODAL, SUBJ

R = re.compile
PEOPLE = (
    r"(friends?|mates?|visitors?|guests?|people|anyone|anybody|someone|somebody|colleagues?"
    r"|(girl|boy)friends?|partners?|relatives?|family|parents?|mother|father|mum|mom|dad"
    r"|brothers?|sisters?|sons?|daughters?|kids|children|wife|husband|fianc\w+|boss|clients?"
    r"|business partners?|lawyers?|attorneys?|journalists?|neighbou?rs?|classmates?|grand\w+)"
)
VISITOR_TOPICS = {
    # SPP Art. 67: "to meet with other persons"; MPS Art. 97 (2): "Not to meet with anyone"
    "visitor": words(
        r"(meet|meets|meeting|met|see|sees|seeing|visit|visits|visiting|visited|receive|receiving"
        r"|host|hosting|invite|inviting|hang out with|spend time with|catch up with) (with )?"
        r"(his |her |my |our |their |a |any |some |the |other |outside )?([\w-]+ ){0,2}?" + PEOPLE,
        r"(come|comes|coming|came|drop|drops|dropping|pop|popping|stop|stopping) (over|round|around"
        r"|by|in)\b",
        r"(visit|visits|visiting|see|seeing|meet|meeting) (him|her|them|me|us)\b",
        r"(have|having|has|had) (friends|people|guests|visitors|anyone|someone|family) (over|round"
        r"|around|in|visit)",
        r"visitors?|guests?|meet (other )?(people|persons|anyone)",
    ),
}
# the suspect goes out to meet someone: a trip out of the residence, the trip rule's question
GOES_OUT = R(
    r"\b(go|goes|going|went|leave|leaving|travel\w*|walk\w*|drive|driving) (out )?(to|over"
    r" to|into|across)\b"
)
MEET = (
    r"(meet|see|visit|have|host|receive|invite|come|drop|pop|stop|hang out|spend time|catch up"
    r"|talk|be visited|be allowed|let|allow|bring)"
)
FRAMES: dict[str, re.Pattern[str]] = {
    "eligibility.surveillance_meeting": R(
        rf"{MODAL}{SUBJ}{ADV} {MEET}\b|{ALLOWED_TO}{MEET}\b|{THAT_ALLOWED}|{ALLOWED_ASK}"
        r"|\b(need|needs|require\w*) (any |the |police |their )?(approval|permission|consent)\b"
    ),
}
LIVES_WITH = R(
    r"\b(lives?|living|stays?|staying|lived) (with (him|her|them|me|us)|together|in the same|there"
    r"|at (the|his|her|our|my) (house|flat|home|apartment|place))\b"
    r"|\b(flat|house|room)mates?\b|\broommates?\b|\bco-?residents?\b|\bsame (flat|house|home"
    r"|apartment|roof)\b|\bhousehold\b"
)
LIVES_APART = R(
    r"\b(doesn't|does not|don't|do not|didn't|did not|no longer|not|never) (live|living|lived"
    r"|stay|staying)\b|\blives? (elsewhere|apart|separately|across town|in another|in a different"
    r"|out of town|nearby|next door|down the (road|street))\b|\b(moved|moving) out\b"
)
# visitors who do not live with him unless said: "his friends", "a colleague"
OUTSIDERS = R(
    r"\b(friends?|mates?|colleagues?|boss|business partners?|clients?|journalists?|reporters?"
    r"|neighbou?rs?|classmates?|girlfriend|boyfriend|co-?workers?|visitors?|guests?)\b"
)
NOT_HIS_LAWYER = R(
    r"\b(not (his|her|my) (own )?(lawyer|attorney|counsel)|lawyer friend|friend who is a lawyer"
    r"|another lawyer|a different lawyer|not (hired|retained|instructed))\b"
)


# "meet people other than those living with him and his lawyer": the free ones are excluded
OTHER_THAN = R(
    r"\b(other than|except( for)?|apart from|besides|aside from|outside( of)? (his|the|her))\b"
)


def _who(text: str) -> dict[str, object]:
    if OTHER_THAN.search(text):
        return {"meet_cohabitant": False, "meet_own_lawyer": False}
    out: dict[str, object] = {}
    lawyer = bool(LAWYER.search(text))
    outsider = bool(OUTSIDERS.search(text))
    if LIVES_APART.search(text):
        out["meet_cohabitant"] = False
    elif (m := LIVES_WITH.search(text)) and not uncertain(text, m.start()):
        out["meet_cohabitant"] = True
    elif outsider or lawyer:
        out["meet_cohabitant"] = False
    if lawyer:
        out["meet_own_lawyer"] = not NOT_HIS_LAWYER.search(text)
    elif outsider or "meet_cohabitant" in out:
        out["meet_own_lawyer"] = False
    return out


def read_visitor_facts(text: str) -> dict[str, object]:
    """Who he would meet, and the approval and consent told (cleaned, lower-case text)."""
    if not VISITOR_TOPICS["visitor"].search(text):
        return {}
    out = _who(text)
    if (m := NO_APPROVAL.search(text)) and not uncertain(text, m.start()):
        out["meet_approved"] = False
    elif (m := GOT_PERMIT.search(text)) and not uncertain(text, m.start()):
        out["meet_approved"] = True
    if BY_PROCURATORATE.search(text):
        out["measure_by_procuratorate"] = True
    for rx, value in ((NO_CONSENT, False), (CONSENT, True)):
        if m := rx.search(text):
            if not uncertain(text, m.start()):  # "we don't know if the procuratorate agreed"
                out["meet_decider_consent"] = value
            break
    return out


def visitor_candidates(t: frozenset[str], text: str) -> Iterator[str]:
    """The meeting rule, when surveillance and a meeting are named and no trip out is asked; a
    bare "is it possible to visit someone under surveillance?" tells no fact of the case and
    asks about the restriction in general (left to retrieval, which quotes it)."""
    if "surveillance" not in t or "visitor" not in t or "trip_home" in t or GOES_OUT.search(text):
        return
    if read_visitor_facts(text):
        yield "eligibility.surveillance_meeting"
