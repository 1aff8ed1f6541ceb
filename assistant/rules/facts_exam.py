"""Facts about an examination of a person (SPP Rules Art. 169) and an investigation
experiment (SPP Rules Arts. 171-172): who is examined or must take part, by force or after a
refusal, a woman examined by a man, the Procurator-General's approval, and anything
dangerous, insulting or indecent. Read only when the topic is named
(`router_exam.EXAM_TOPICS`); pure, flat patterns, linear-time. A fact raised but doubted
("not sure the chief procurator approved it") is kept as None, so the rule asks instead of
assuming.

Example:
    >>> read_exam_facts("she is the victim and refuses a medical examination")
    {'exam_victim': True, 'exam_suspect': False, 'exam_forced': True}
"""

from __future__ import annotations

import re

from assistant.rules.facts_search import MALE_OFFICER, WOMAN, said
from assistant.rules.negation import uncertain
from assistant.rules.router_exam import EXAM_TOPICS

R = re.compile
SUSPECT = R(r"\b(suspect\w*|accused|under investigation|the one (charged|arrested|detained))\b")
VICTIM = R(
    r"\b(victims?|injured party|(was|were|got|been) (attacked|beaten|assaulted|raped|robbed"
    r"|stabbed|hurt|injured|abused|molested))\b"
)
# someone who is neither: "she is only a witness", "a neighbour who saw it"
BYSTANDER = R(
    r"\b(witness\w*|bystanders?|passers?-?by|neighbou?rs?|onlookers?|nothing to do with|not"
    r" involved|uninvolved)\b"
)
FORCED = R(
    r"\b(refus\w+|against (his|her|their|my|our) (will|wishes)|by force|forc(e|ed|es|ing)"
    r"|compel\w*|compulsor\w+|without (his|her|their|my|our) (consent|agreement|permission)"
    r"|(does not|doesn't|did not|didn't|do not|don't) want|(won't|wont|will not|would not"
    r"|wouldn't) (let|agree|allow|consent|do it|take part|participate|go)|say no|decline|object"
    r"|make (him|her|them|me|us|my [\w-]+)|made (him|her|them|me|us|my [\w-]+)"
    r"|(have|has|had|need|needs) to (take part|participate|join|undergo|submit|do|act|let|be)"
    r"|(obliged|required|ordered|bound) to|must (he|she|i|we|they|my [\w-]+) (take part"
    r"|participate|join|undergo|submit|do))\w*"
)
WILLING = R(r"\b(agreed|agrees|consent(ed|s)|willing(ly)?|voluntar\w+|happy to|offered to)\b")
WOMAN_SLANG = R(r"\b(gf|wifey|missus|mrs|lady|female|ma|mom|mum)\b")
# a mutual fight: the injured may be accused too, so "the victim" does not settle it
FIGHT = R(r"\b(brawl|fight|fought|scuffle|punch-up|both (sides|of them)|each other)\b")
FEMALE_EXAMINER = R(
    r"\b(female|woman|women|lady) (doctor|staff|officer|prosecutor|procurator|examiner|nurse"
    r"|investigator|forensic \w+|dr)s?\b"
)
MALE_EXAMINER = R(
    r"\b(male|man|men) (doctor|staff|officer|prosecutor|procurator|examiner|nurse|investigator"
    r"|forensic \w+|dr)s?\b|\bpolicem[ae]n\b"
)
# the Procurator-General (chief procurator) and his approval
HEAD = (
    r"(procurator-?general|prosecutor-?general|chief (procurator|prosecutor)|head (procurator"
    r"|prosecutor|of the procuratorate)|procuratorate'?s head|the boss)"
)
NO_APPROVAL = R(
    rf"\bwithout (the |any |his |an? )?({HEAD}'?s? )?(approval|sign-?off|permission|ok|say-?so)"
    rf"|\b(no|not) (one |anyone )?(approv\w+|sign\w* off)\b|\b{HEAD}\b[^.?!;]{{0,30}}\b(refused"
    r"|rejected|said no|did not approve|didn't approve|never approved|has not approved|hasn't"
    r" approved)\b|\bnobody (approved|signed off)\b"
)
APPROVED = R(
    rf"\b{HEAD}\b[^.?!;]{{0,30}}\b(approved|signed off|agreed|authori[sz]ed|gave (the )?"
    r"(approval|go-ahead|permission))\b|\bwith (the )?(approval|sign-?off|permission) of\b"
    r"|\b(was|has been|had been|got|is) (approved|authori[sz]ed|signed off)\b"
)
HEAD_RX = R(rf"\b{HEAD}\b")
HARMFUL = R(
    r"\b(danger\w*|unsafe|risk\w* (his|her|their|my) (life|lives|safety|health)|life-threatening"
    r"|(could|might|may) (get )?(hurt|injur\w*|kill\w*|die|fall)|humiliat\w*|degrad\w*|insult\w*"
    r"|indecen\w*|naked|nude|undress\w*|strip\w*|in his underwear|in her underwear|embarrass\w*"
    r"|sham(e|ing|eful)|roof|ledge|edge of|jump\w*|set fire|on fire|light\w* (a )?fires?|burn\w*"
    r"|explo\w*|drown\w*|speeding|in front of"
    r" (everyone|the (whole )?(village|street|neighbou?rs|crowd|cameras|press|media)|reporters"
    r"|cameras|a crowd|the public|his classmates|her classmates))\b"
)
# "any limits (danger, humiliation)?": the limits asked about, not a danger told
LIMITS_ASKED = R(
    r"\b(any|what|which|are there|is there) (limits?|limitations?|restrictions?|rules|safeguards"
    r"|conditions|protections?|boundaries)\b"
)
SAFE = R(
    r"\b(nothing (dangerous|risky|humiliating|indecent)|no (danger|risk|harm)|harmless|perfectly"
    r" safe|completely safe|(it is|it's|is) safe|in private|privately)\b"
)
COMPELLED = R(
    r"\b((make|made|force\w*|requir\w+|order\w*|compel\w*|oblig\w+|summon\w*|tell\w*|told)"
    r" (him|her|them|me|us|my [\w-]+|the (witness|victim|suspect|neighbou?r)s?)( [\w-]+){0,2}?"
    r" (to )?(take part|participate|join|be in|act|re-?enact|do|play|go|come|attend|show)"
    r"|(have|has|had|need|needs) to (take part|participate|join|be in|act|attend|come|go|show)"
    r"|must (come|attend|take part|participate|join|go|show|do (it|that|this))"
    r"|refus\w+( to)? (take part|participate|join|be in|do it|go|come|attend)"
    r"|(obliged|required|compelled|forced|made|bound) to (take part|participate|join|be in|act"
    r"|attend|come|go|do)|(can|could|may) (he|she|i|we|they|my [\w-]+) (refuse|say no|decline"
    r"|object)|against (his|her|their|my|our) will|forc\w+ (him|her|them|me|us|my [\w-]+))\b"
)
PARTY = R(r"\b(suspects?|accused|victims?|witness(es)?|eyewitness\w*|saw (it|what happened))\b")
NON_PARTY = R(
    r"\b(bystanders?|passers?-?by|neighbou?rs?|not (a |the )?(witness|victim|suspect)|nothing to"
    r" do with|not involved|uninvolved|didn't see|did not see|never saw|wasn't there|was not"
    r" there|random)\b"
)


def _exam(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    suspect, victim = said(SUSPECT, text), said(VICTIM, text)
    if BYSTANDER.search(text) and suspect is not True and victim is not True:
        suspect, victim = False, False
    if victim is True and suspect is None and not FIGHT.search(text):
        suspect = False  # the victim is not the suspect unless the user says both
    out |= {k: v for k, v in (("exam_victim", victim), ("exam_suspect", suspect)) if v is not None}
    if (m := FORCED.search(text)) and not WILLING.search(text):
        out["exam_forced"] = not uncertain(text, m.start())
    elif WILLING.search(text):
        out["exam_forced"] = False
    if WOMAN.search(text) or WOMAN_SLANG.search(text):
        # "a male dr, since no female staff is available": the man is who examines
        male = said(MALE_EXAMINER, text)
        male = said(MALE_OFFICER, text) if male is None else male
        female = said(FEMALE_EXAMINER, text)
        if male:
            out["exam_woman_by_man"] = True
        elif female or male is False:
            out["exam_woman_by_man"] = False
    return out


def _experiment(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    if NO_APPROVAL.search(text):
        out["experiment_approved"] = False
    elif (m := APPROVED.search(text)) and not uncertain(text, m.start()):
        out["experiment_approved"] = said(APPROVED, text) is not False
    elif (m := HEAD_RX.search(text)) and uncertain(text, m.start()):
        out["experiment_approved"] = None  # doubted: asked, not assumed
    if SAFE.search(text):
        out["experiment_harmful"] = False
    elif not LIMITS_ASKED.search(text) and (harm := said(HARMFUL, text)) is not None:
        out["experiment_harmful"] = harm
    if COMPELLED.search(text):
        out["experiment_compelled"] = True
        if NON_PARTY.search(text):
            out["experiment_party"] = False
        elif PARTY.search(text):
            out["experiment_party"] = True
    return out


def read_exam_facts(text: str) -> dict[str, object]:
    """The examination and experiment facts the (cleaned, lower-case) text states."""
    out: dict[str, object] = {}
    if EXAM_TOPICS["body_exam"].search(text):
        out |= _exam(text)
    if EXAM_TOPICS["experiment"].search(text):
        out |= _experiment(text)
    return out
