"""Facts about the investigators' acts: an interpreter at a lawyer's meeting (MPS Art. 45), a
detention before the warrant (MPS Art. 106), restraints (MPS Art. 133, SPP Art. 33) and a
withheld identity (SPP Art. 88, MPS Arts. 112, 131). Each reader runs only when its topic is
named (`router_acts.ACT_TOPICS`), so its keys never reach other rules; search facts are in
`facts_search`. Pure, flat patterns, linear-time; read by `router_facts.read_facts`.

Example:
    >>> read_act_facts("can his lawyer bring an interpreter without asking the police?")
    {'interpreter_permission': False}
"""

from __future__ import annotations

import re

from assistant.rules.facts_compelled import COMPELLED
from assistant.rules.facts_exam import read_exam_facts
from assistant.rules.facts_search import read_search_facts, said
from assistant.rules.facts_words import SEIZED
from assistant.rules.router_acts import ACT_TOPICS, lawyer_named

R = re.compile
PERMIT = r"(permission|approval|consent|ok|okay|go-ahead|say-so)"
NO_PERMIT = R(
    rf"\bwithout (first )?(asking|telling|checking with|(the )?police'?s? {PERMIT}|police "
    rf"{PERMIT}|{PERMIT}|any {PERMIT}|(their|an?) {PERMIT})"
    rf"|\b(need|needs|needed|require\w*|must (get|obtain|have))\b[^.?!;]{{0,25}}\b{PERMIT}\b"
    # "no need to ask anyone", "does he need to ask the police first?"
    r"|\bno need to (ask|tell|check)\b|\b(need|needs|have|has) to (ask|tell|check with)\b"
    # "I haven't asked the police about it", "nobody cleared it with them"
    r"|\b(haven't|have not|hasn't|has not|didn't|did not|never|not yet) (yet )?(asked|told|checked"
    r" with|cleared it with|informed|notified) (the )?(police|them|investigators?|officers?)\b"
    # "nobody has applied to the police for permission", "we never applied for it"
    r"|\b(nobody|no one|no-one|none of us) (has |have |had )?(yet )?(asked|applied|told|checked)\b"
    r"|\b(haven't|have not|hasn't|has not|didn't|did not|never|not yet) (yet )?applied\b"
)
GOT_PERMIT = R(
    rf"\b(police|they|public security( organ)?|station|bureau|paichusuo|psb|officers?)\b"
    r"(?:(?!\bnot\b|n't\b|\bno\b|\bnever\b)[^.?!;]){0,50}\b(gave|granted|have given|has given"
    r"|approved|allowed|permitted|agreed|said yes|consented|signed off|okayed|ok'd)\b"
    # "he has written approval from the county police", "the trip is approved"
    r"|\b(has|have|had|holds?|with) (written |formal |official )?(permission|approval) from\b"
    r"|\b(trip|visit|move|request|it)('s| is| was| has been) (now )?approved\b"
    rf"|\bwith (the )?(police'?s? )?{PERMIT}\b|\b{PERMIT}:? (was |has been |is )?(given|granted"
    r"|obtained)\b|\b(obtained|got|received|secured)\b[^.?!;]{0,40}\b(permission|approval|consent)"
)
# "too late to handle the detention procedures due to emergency circumstances" (MPS Art. 106)
EMERGENCY = R(
    r"\b(urgent\w*|emergenc\w+|no time|not enough time|too late|in a (rush|hurry)|could(n't| not)"
    r" wait|no chance to)\b"
)
# caught in the act or chased down just after it: the emergency of MPS Art. 106 itself
ON_THE_SPOT = R(
    rf"\b({SEIZED}|jumped)\b[^.?!;]{{0,40}}\b(in the act"
    r"|red-handed|in the middle of|right after|just after|moments after|on the spot)\b"
)
NOT_EMERGENCY = R(
    r"\b(had|have|has) (plenty of |enough |several |a few |many )?(time|days|weeks)\b|\bplanned"
    r"\b|\bnot (urgent|an emergency)\b|\bno (emergency|urgency|rush|hurry)\b"
    # "they had known for a day who he was"
    r"|\b(had|have) known (for )?(a day|a week|days|weeks|months|hours)\b"
)
PAPERS_LATE = R(
    r"\b(still|yet)\b[^.?!;]{0,30}\b(warrant|papers|paperwork|procedures?|documents?)\b"
    r"|\b(days?|weeks?) later\b[^.?!;]{0,60}\b(no|not|without|never)\b[^.?!;]{0,30}"
    r"\b(warrant|papers|paperwork)\b"
)
# a restraint used in a compelled appearance, detention, arrest or escort (MPS Art. 133)
QUESTIONING = R(r"\b(for|to) (questioning|be questioned|interrogation|an interview)\b")
MEASURE = R(
    r"\b(arrest\w*|detain\w*|detention|escort\w*|transport\w*|transfer\w*|picked up|custody"
    r"|(take|taking|taken|took|bring\w*|brought) (him|her|them|\w+ \w+) (in|away|to)\b)"
)
RESISTS = R(
    r"\b(refus\w+|resist\w*|won't|wont|will not|would not|wouldn't|struggl\w+|fight\w*|fought"
    r"|(not|never) (go|come)\w*)\b"
)
CALM = R(r"\b(calm\w*|quiet\w*|peaceful\w*|cooperat\w+|compliant|willingly|voluntarily)\b")
# a real danger of assault, escape, suicide or self-harm (MPS Art. 133), told of the person
# (not the offence: "arrested for assault" is no danger)
DANGER = R(
    r"\b(tr(y|ied|ies|ying)|attempt\w*|threaten\w*) to (run|flee|escape|get away|hurt|harm|kill"
    r"|attack|hit|bite|jump)\b|\b(ran|run|running) away\b|\bsuicid\w+|\bself[- ](harm|injur\w+)"
    r"|\b(attack|assault|hit|punch|kick|bit)\w* (an?|the|one of the) (officer|police\w*|cop)s?\b"
    r"|\b(is|was|got|gets|became|become|turned) (violent|aggressive)\b"
)
# "no danger of him attacking anyone, running away ...": the cue denies each item it lists
DENIED_LIST = R(r"\bno (danger|risk|threat|sign|signs|indication|suggestion)\b|\bposed no\b")
NO_DANGER = R(rf"{DENIED_LIST.pattern}|\b(harmless|calm\w*|compliant)\b")
# the age in digits or in words ("my fifteen-year-old")
UNDER_18 = r"(1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
JUVENILE = R(
    rf"\b{UNDER_18}[- ]?(years?|yrs?)[- ]old\b|\b(aged|age|is|was|turned|only) {UNDER_18}\b"
    rf"|\((aged? )?{UNDER_18}\)"  # "one of my pupils (15)"
    r"|\b(minor|juvenile|underage|teen\w*|schoolboy|schoolgirl)\b"
)
ADULT = R(r"\badult\b|\b(1[89]|[2-9]\d)[- ]?(years?|yrs?)[- ]old\b")
# the step asked of a suspect without a known identity: prosecution, else the arrest
PROSECUTION = R(
    r"\b(prosecut\w*|charg\w+|indict\w*|trial|tried|court|sent for (prosecution|examination))\b"
)


# the evidence told in lay words, read for the withheld-identity rule only
WEAK_EVIDENCE = R(
    r"\bevidence\b[^.?!;]{0,25}\b(thin|weak|insufficient|lacking|flimsy|scant)\b"
    r"|\b(little|no|not enough|insufficient|scant) (real )?evidence\b"
)
FILMED = R(r"\b(video|cctv|camera|dna|fingerprint)s? (evidence|footage|proof)\b")


def _interpreter(text: str) -> dict[str, object]:
    if NO_PERMIT.search(text):
        return {"interpreter_permission": False}
    return {"interpreter_permission": True} if GOT_PERMIT.search(text) else {}


def _warrantless(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    urgent = said(EMERGENCY, text)
    if NOT_EMERGENCY.search(text):
        urgent = False
    elif urgent is None and EMERGENCY.search(text):  # told, then doubted: asked, never assumed
        out["uncertain"] = ("detention_emergency",)
    elif urgent is None and ON_THE_SPOT.search(text):
        urgent = True
    if urgent is not None:
        out["detention_emergency"] = urgent
    if PAPERS_LATE.search(text):
        out["detention_papers_late"] = True
    return out


def _denied(rx: re.Pattern[str], text: str) -> bool:
    """Whether the pattern's first mention is in a list a "no danger" opens: "no danger of him
    attacking anyone, running away or hurting himself", "no sign that he would run, fight"
    (not past a sentence end or a contrast: "no sign of trouble, but then he tried to run")."""
    m, cue = rx.search(text), DENIED_LIST.search(text)
    if not (m and cue and cue.start() < m.start()):
        return False
    return not re.search(
        r"[.?!;]|\b(but|then|until|however|although)\b", text[cue.end() : m.start()]
    )


def _restraints(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    compelled = bool(COMPELLED.search(text) or QUESTIONING.search(text))
    if compelled:
        out["restraint_compelled"] = True
    elif MEASURE.search(text):
        out["restraint_compelled"] = False
    if compelled or MEASURE.search(text):
        out["restraint_in_measure"] = True
    resists = False if _denied(RESISTS, text) else said(RESISTS, text)
    if resists is None and CALM.search(text):
        resists = False
    if resists is not None:
        out["restraint_resists"] = resists
    if JUVENILE.search(text):
        out["restraint_juvenile"] = True
    elif ADULT.search(text):
        out["restraint_juvenile"] = False
    danger = False if _denied(DANGER, text) else said(DANGER, text)
    if danger is None and (NO_DANGER.search(text) or resists is False):
        danger = False  # calm, or not resisting: no real danger told
    if danger is not None:
        out["restraint_danger"] = danger
    return out


def _identity(text: str) -> dict[str, object]:
    asked = " ".join(re.findall(r"[^.?!]*\?", text)) or text
    step = "prosecution" if PROSECUTION.search(asked) else "arrest"
    out: dict[str, object] = {"identity_unknown": True, "identity_step": step}
    if WEAK_EVIDENCE.search(text):  # too little to prove the crime, let alone to prosecute
        out |= {"evidence_of_crime": False, "prosecutable": False}
    elif FILMED.search(text):
        out["evidence_of_crime"] = True
    return out


def read_act_facts(text: str) -> dict[str, object]:
    """The facts of the acts whose topic the (cleaned, lower-case) text names."""
    out: dict[str, object] = {}
    if ACT_TOPICS["interpreter"].search(text) and lawyer_named(text):
        out |= _interpreter(text)
    if ACT_TOPICS["warrantless"].search(text):
        out |= _warrantless(text)
    if ACT_TOPICS["restraint"].search(text):
        out |= _restraints(text)
    if ACT_TOPICS["identity_withheld"].search(text):
        out |= _identity(text)
    if ACT_TOPICS["search"].search(text):
        out |= read_search_facts(text)
    return out | read_exam_facts(text)
