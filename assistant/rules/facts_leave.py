"""Facts of going somewhere under a measure: the reason and the approval for leaving the city
or county on bail or the residence under surveillance (MPS Arts. 86, 89, 97, 100), the
deciding procuratorate's consent (SPP Arts. 47, 66), and the purpose, approval and escort of
an interrogation outside the detention house (SPP Art. 139). Each reader runs only when its
topic is named (`router_leave.LEAVE_TOPICS`), so its keys never reach other rules. Pure, flat
patterns, linear-time; read by `router_facts.read_facts`.

Example:
    >>> read_leave_facts("on bail, can he leave town for a funeral without telling the police?")
    {'leave_reason': True, 'leave_approved': False}
"""

from __future__ import annotations

import re

from assistant.rules.facts_acts import GOT_PERMIT
from assistant.rules.facts_search import said
from assistant.rules.negation import UNANSWERED
from assistant.rules.router_leave import LEAVE_TOPICS, leave_asked

R = re.compile
TURNED_DOWN = (
    r"refused|rejected|denied|turned (it|him|her|me|us|them|the \w+|the request|his request"
    r"|her request) down|turned down|said no|says? no|(not|don't|do not|didn't|did not|won't"
    r"|wouldn't) approve"
)
PERMIT = r"(permission|approval|consent|ok|okay|go-ahead|say-so|authori[sz]ation)"
# a reason the user relies on (MPS Art. 89 "justifiable reasons", Art. 100 "legitimate
# reasons"); whether it is one is the approving organ's judgement (stated in the answer)
REASON = R(
    r"\b(funeral|burial|surgery|operation|hospital\w*|doctor|dentist|clinic|medical|treatment"
    r"|dialysis|chemo\w*|check-?up|sick|ill|illness|dying|died|passed away|work|job|business"
    r"|employer|exams?|school|university|wedding|giving birth|in labou?r|emergency|court)\b"
)
NO_REASON = R(r"\b(no|without any|without a) (good |real |particular |valid )?reason\b")
NO_APPROVAL = R(
    r"\bwithout (first )?(asking|telling|informing|notifying|checking with|reporting( it)? to"
    rf"|(the )?(police'?s?|their|an?|any) {PERMIT}|{PERMIT})"
    r"|\b(not|never|no) (ask|tell|told|report|apply|applied)\w*\b"
    rf"|\b(police|they|station|bureau|officers?)\b[^.?!;]{{0,20}}\b({TURNED_DOWN})\b"
    # "he hasn't said a word to the police", "she has obtained no approval"
    r"|\b(hasn't|has not|haven't|have not|didn't|did not|never) (said|breathed) a word to\b"
    r"|\b(obtained|got|has|have|had|received|sought) no (approval|permission)\b"
    r"|\b(didn't|did not|never|hasn't|has not|haven't|havent|hasnt|didnt) (ask|tell|told|report"
    r"|apply|applied)\w*\b"
    # "I don't want (to) tell the police", "won't ask them"
    r"|\b(don't|do not|doesn't|does not|won't|will not) (want (to )?|plan (to |on )|intend to )?"
    r"(ask|tell|report|apply|inform)\w*\b"
    # "we're not gonna ask the police", "he isn't going to tell them"
    r"|\b(not|never|n't) (gonna|going to|planning to|about to) (ask|tell|report|apply|inform)\w*\b"
    # "nobody has said a word to the procuratorate"
    r"|\b(nobody|no one|none of us) (has |have |had )?(said|told|asked|mentioned)\w* (a word |anything "
    r"|it )?(to )?(the )?(police|procurator\w*|prosecutors?|station|them)\b"
)
BY_PROCURATORATE = R(
    r"\b(procurator\w*|prosecutors?)\b[^.?!;]{0,30}\b(granted|gave|decided|put|placed|ordered"
    r"|approved (his |her |the )?bail|released)\b"
    # "his bail was granted by the procuratorate"
    r"|\b(granted|given|decided|ordered|imposed)\b (by|from) (the )?(procurator\w*|prosecutors?)\b"
)
CONSENT = R(
    r"\b(procurator\w*|prosecutors?)\b[^.?!;]{0,25}\b(agreed|consented|gave (its |their )?consent|signed off)\b"
)
# the procuratorate's own approval (SPP Juvenile Art. 41 (3)): "the prosecutor said yes"
PROC_APPROVED = R(
    r"\b(procurator\w*|prosecutors?)\b[^.?!;]{0,30}\b(approved|agreed|allowed|permitted|said yes"
    r"|gave (him |her |them |us )?(the )?(permission|approval|go-ahead|ok))\b"
)
PROC_REFUSED = R(
    rf"\b(procurator\w*|prosecutors?)\b[^.?!;]{{0,30}}\b({TURNED_DOWN}|hasn't approved"
    r"|has not approved|haven't approved)\b"
)
NO_CONSENT = R(
    r"\b(procurator\w*|prosecutors?)\b[^.?!;]{0,25}\b(refused|objected|did not agree|didn't agree"
    r"|won't agree|rejected)\b"
)
# SPP Art. 139: to point out criminals or evidence, or to recover property related to the crime
IDENTIFY = R(
    r"\b(point\w* out|show\w* (them|the \w+|investigators|prosecutors)? ?where|identify|locate"
    r"|find)\b[^.?!;]{0,30}\b(evidence|weapon|body|accomplices?|criminals?|scene|where)\b"
    r"|\bto point out\b"
)
RECOVER = R(
    r"\b(recover\w*|retriev\w+|get back|dig up|find|where (he|she) (hid|buried|stashed|put))\b"
    r"[^.?!;]{0,30}\b(stolen|loot|money|property|goods|cash|proceeds|gold|valuables|car|funds)\b"
    r"|\blead\w* (the )?(investigators|them|police|officers|prosecutors|us|me|you) to (the )?([\w-]+ )?(stolen|loot"
    r"|money|property|goods|cash|funds|proceeds)"
    # "lead them to where the embezzled cash is hidden"
    r"|\b(lead|leads|leading|take|show)\w* (the )?(investigators|them|police|officers|prosecutors"
    r"|us|me|you) to where\b[^.?!;]{0,30}\b(stolen|loot|money|property|goods|cash|proceeds|gold|valuables"
    r"|funds)\b"
    # "so that the gold can be recovered"
    r"|\b(loot|money|property|goods|cash|proceeds|gold|valuables|car|funds)\b[^.?!;]{0,25}\b(be|is"
    r"|are|was|were|gets?) (recovered|retrieved|found|dug up)\b"
)
CONVENIENCE = R(r"\b(convenien\w+|easier|just because|only because|for no reason)\b")
CHIEF = r"chief (procurator|prosecutor)\w*"  # clean() reads "procurator" as "procuratorate"
CHIEF_YES = R(
    rf"\b{CHIEF}\b[^.?!;]{{0,20}}\b(approved|signed|agreed|authori[sz]ed|gave)\b"
    rf"|\bwith (the )?{CHIEF}'?s? {PERMIT}"
)
CHIEF_NO = R(
    rf"\bwithout (the |any )?({CHIEF}'?s? )?{PERMIT}[^.?!;]{{0,20}}{CHIEF}|\bwithout (the )?{CHIEF}"
)
ESCORT_SHORT = R(
    r"\b(only |just )?(one|a single|1) (judicial )?(police ?)?(officer|policeman|guard)\b|\balone\b"
)
ESCORT_OK = R(
    r"\b(two|three|four|several|2|3|4) (or more )?(judicial )?(police ?)?(officers|policemen|guards)\b"
)


def read_trip_facts(text: str) -> dict[str, object]:
    """The trip facts (reason, approval, consent), without the topic gate of
    `read_leave_facts`: `rule_inputs` reads them for a question already routed to a
    going-somewhere rule ("he asked the station and they gave him written approval. so can
    he go now?")."""
    out: dict[str, object] = {}
    if NO_REASON.search(text):
        out["leave_reason"] = False
    elif REASON.search(text):
        out["leave_reason"] = True
    if UNANSWERED.search(text):  # asked, no answer yet: neither approved nor refused
        out["uncertain"] = ("leave_approved",)
    elif NO_APPROVAL.search(text):
        out["leave_approved"] = False
    elif GOT_PERMIT.search(text):
        out["leave_approved"] = True
    if BY_PROCURATORATE.search(text):
        out["measure_by_procuratorate"] = True
    if "conditional" in text:  # the procuratorate's approval of a minor's trip (Juvenile Art. 41)
        if PROC_REFUSED.search(text) or NO_APPROVAL.search(text):
            out["cnp_leave_approved"] = False
        elif PROC_APPROVED.search(text):
            out["cnp_leave_approved"] = True
    if NO_CONSENT.search(text):
        out["leave_decider_consent"] = False
    elif CONSENT.search(text):
        out["leave_decider_consent"] = True
    return out


def _outside(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    if CONVENIENCE.search(text):
        out |= {"out_to_identify": False, "out_to_recover": False}
    else:
        for key, rx in (("out_to_identify", IDENTIFY), ("out_to_recover", RECOVER)):
            v = said(rx, text)
            if v is not None:
                out[key] = v
    if CHIEF_NO.search(text):
        out["out_chief_approval"] = False
    elif CHIEF_YES.search(text):
        out["out_chief_approval"] = True
    if ESCORT_SHORT.search(text):
        out["out_escort_short"] = True
    elif ESCORT_OK.search(text):
        out["out_escort_short"] = False
    return out


def read_leave_facts(text: str) -> dict[str, object]:
    """The facts of the going-somewhere rules whose topic the (cleaned) text names."""
    out: dict[str, object] = {}
    # only when the trip is asked: a reason told elsewhere is no fact of any other rule
    trip = LEAVE_TOPICS["trip_home"].search(text) or LEAVE_TOPICS["move_home"].search(text)
    if trip and leave_asked(text):
        out |= read_trip_facts(text)
    if LEAVE_TOPICS["out_of_custody"].search(text):
        out |= _outside(text)
    return out
