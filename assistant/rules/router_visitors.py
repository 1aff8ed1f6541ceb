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
from assistant.rules.router_asks_acts import ALLOWED_ASK, ALLOWED_TO
from assistant.rules.router_asks_office import THAT_ALLOWED
from assistant.rules.router_lawyers import words
from assistant.rules.router_leave import OWN_CASE
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
        r"(talk|talking|talkin|speak|speaking) (to|with) (him|her|them|me|us|my|his|her)\b",
    ),
}
MEET = (
    r"(meet|see|visit|have|host|receive|invite|come|drop|pop|stop|hang out|spend time|catch up"
    r"|talk|be visited|be allowed|let|allow|bring|go|keep (seeing|visiting|meeting)|go ahead"
    r"|take place|happen|proceed)"
)
FRAMES: dict[str, re.Pattern[str]] = {
    "eligibility.surveillance_meeting": R(
        rf"{MODAL}{SUBJ}{ADV} {MEET}\b|{ALLOWED_TO}{MEET}\b|{THAT_ALLOWED}|{ALLOWED_ASK}"
        r"|\b(need|needs|require\w*) (any |the |police |their )?(approval|permission|consent)\b"
        # "am I breaking the rules just by talking to him?"
        r"|\b(break|breaking|breach\w*|violat\w*|against) (the |my |his |her )?(rules|conditions"
        r"|law|terms)\b"
        # non-native order: "she can meet him ..., yes?", "I can visit him still?"
        r"|\b(he|she|i|we|they) (can|could|may) (meet|see|visit|come|go)\b[^.?!;]{0,60}\?"
    ),
}
LIVES_WITH = R(
    r"\b(lives?|living|stays?|staying|lived) (here |there )?(with (him|her|them|me|us)|together"
    r"|in the same|there|here"
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
# lives somewhere named: "his brother, who lives in Shenzhen"
LIVES_AT = R(r"\b(lives?|living|based) in (?!the same|his |her |their |our )[\w-]+")
OUTSIDERS = R(
    r"\b(friends?|mates?|colleagues?|boss|business (partners?|associates?)|journalists?"
    r"|reporters?|neighbou?rs?|classmates?|girlfriend|boyfriend|co-?workers?|visitors?|guests?"
    r"|accountants?|employees?|staff|pastor|priest|teacher|ex-wife|ex-husband)\b"
)
# the visitor is a lawyer (not "my client", the speaking lawyer's own word)
LAWYER_VISITOR = R(r"\b(lawyers?|attorneys?|counsel|defenders?|solicitors?)\b")
NOT_HIS_LAWYER = R(
    r"\b(not (his|her|my) (own )?(defen[cs]e )?(lawyer|attorney|counsel)|lawyer friend|friend who"
    r" is a lawyer|another lawyer|a different lawyer|not (hired|retained|instructed)|retained"
    r" (someone|somebody) else|hired (someone|somebody) else)\b"
)
# a specific person named, whose facts the rule asks for ("can his brother see him?")
NAMED_PERSON = R(r"\b(his|her|my|our|their|your) ([\w-]+ )?" + PEOPLE + r"\b")
NOT_APPROVED = R(
    r"\b(haven't|have not|hasn't|has not|didn't|did not|never|not|no one|nobody)( yet)? (approv\w+"
    r"|(give|given|gave) (us |him |her |them )?(the |any |their |an? )?(approval|permission|ok"
    r"|go-ahead)|agreed|allowed|permitted|said yes)\b"
    r"|\bwithout (the |any |their |an? )?([\w-]+'?s? ){0,3}?(approval|permission|consent|ok)\b"
    r"|\b(police|station|they|officers?)\b[^.?!;]{0,30}\b(refused|rejected|denied|said no|turned"
    r" (it|him|her|us|them) down)\b"
)


# "meet people other than those living with him and his lawyer": the free ones are excluded
OTHER_THAN = R(
    r"\b(other than|except( for)?|apart from|besides|aside from|outside( of)? (his|the|her))\b"
)


def _who(text: str) -> dict[str, object]:
    if OTHER_THAN.search(text):
        return {"meet_cohabitant": False, "meet_own_lawyer": False}
    out: dict[str, object] = {}
    lawyer = bool(LAWYER_VISITOR.search(text))
    outsider = bool(OUTSIDERS.search(text))
    if LIVES_APART.search(text):
        out["meet_cohabitant"] = False
    elif m := LIVES_WITH.search(text):
        if not uncertain(text, m.start()):  # "I don't know if she counts as living there"
            out["meet_cohabitant"] = True
    elif outsider or lawyer or LIVES_AT.search(text):
        out["meet_cohabitant"] = False
    if lawyer and not outsider:  # "my client and his accountant": the accountant is met
        out["meet_own_lawyer"] = not NOT_HIS_LAWYER.search(text)
    elif outsider or "meet_cohabitant" in out:
        out["meet_own_lawyer"] = False
    return out


def read_visitor_facts(text: str) -> dict[str, object]:
    """Who he would meet, and the approval and consent told (cleaned, lower-case text)."""
    if not VISITOR_TOPICS["visitor"].search(text):
        return {}
    out = _who(text)
    if (m := NOT_APPROVED.search(text) or NO_APPROVAL.search(text)) and not uncertain(
        text, m.start()
    ):
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
    if "surveillance" not in t or "visitor" not in t or "trip_home" in t:
        return
    # "can friends visit a suspect under surveillance?" (no case of the user's own) is general
    if OWN_CASE.search(text) and (read_visitor_facts(text) or NAMED_PERSON.search(text)):
        yield "eligibility.surveillance_meeting"
