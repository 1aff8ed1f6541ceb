"""Facts about a compelled appearance (MPS Provisions Arts. 60, 62; SPP Rules Arts. 32, 34,
35): whether the person is a suspect, missed a summons without a valid reason, was compelled
to appear just before, or would be questioned outside his city or county (pure, flat
patterns, linear-time; read by `router_facts.read_facts`).

Only a criminal suspect can be compelled to appear; a summons is the suspect's (a witness
is "notified"), so a person summoned counts as a suspect unless named a witness or victim.

Example:
    >>> read_compelled_facts("my son ignored the police summons twice for no reason. can they force him to come in?")
    {'compel_suspect': True, 'compel_failed_summons': True}
    >>> read_compelled_facts("can the police compel a witness to appear?")
    {'compel_suspect': False}
"""

from __future__ import annotations

import re

from assistant.rules.facts_everyday import COMPELLED_LAY
from assistant.rules.negation import negated, uncertain

R = re.compile
# The measure itself, in the articles' words, the translation's ("detain ... for summoning")
# and lay words: forcing someone to come in, bringing him in by force
_FORCE = r"(forc\w*|compel\w*|coerc\w*)"
_FETCH = (
    r"(drag\w*|haul\w*|escort\w*|fetch\w*|bring\w*|brought|take|taking|took|taken|carr\w+|march\w*)"
)
_AGAINST = r"(by force|forcibly|against (his|her|their|my|our) will)"
COMPELLED = R(
    r"\b(compelled|compulsory|coercive|enforced|forced|forcible) (appearance|attendance|summons"
    r"|to appear|to attend)\b|\bsummons(ed)? (\w+ )?by (force|compulsion)\b|\bju ?chuan\b"
    rf"|\b{_FORCE}\b[^.?!;]{{0,30}}?\bto (come|appear|attend|report|show up|turn up|go)( in| back)?"
    r" (for|to be) (questioning|questioned|interrogat\w+)"
    rf"|\b{_FORCE}\b[^.?!;]{{0,40}}?\bto (come|appear|attend|show up|turn up)\b(?! (in|before) court)"
    rf"|\b{_AGAINST}\b[^.?!;]{{0,40}}?\b(questioning|interrogat\w+|station|come in|appear)\b"
    rf"|\b{_FETCH}\b[^.?!;]{{0,40}}?\b{_AGAINST}"
    rf"|\b(come|appear|go|turn up|show up)( in| back| down)?( to [\w ]{{1,20}}| for questioning"
    rf"| for interrogation)? {_AGAINST}"
    r"|\bforcibly (bring|brought|take|took|drag|haul|escort|fetch|carr)\w*"
    r"|\b(compelled|forced|compulsory) (questioning|interrogation)\b"
    r"|\bcompel\w* (him|her|them|me|us|my [\w-]+|his [\w-]+|her [\w-]+|their [\w-]+|the suspect"
    r"|a suspect)\b(?! to (confess|sign|testify|admit|say|plead|pay|hand|give|tell|write))"
    r"|\b(forcibly|compulsorily) (\w+ )?summon\w*|\bsummon\w* (\w+ )?(forcibly|compulsorily)\b"
    r"|\b(warrant of detention for summon\w*|detention (and |& )?summon\w*|summon\w* under"
    r" detention|detention for summon\w*|detain\w* [^.?!;]{0,30}?for summon\w*)"
)
NOT_SUSPECT = R(
    r"\b(witness(es|ed|ing)?|victims?|bystanders?|onlookers?|passers?-?by|informants?"
    r"|complainants?|eyewitness(es)?|the injured party|saw (it|the|what))\b"
)
SUSPECT = R(
    r"\b(suspects?|suspected|accused|under investigation|charged|defendants?|perpetrators?"
    r"|offenders?)\b"
)
SUMMONED = R(r"\b(summon\w*|subpoena\w*|call(ed)? in for questioning)\b")
NO_SUMMONS = R(
    r"\b(never|not|wasn't|weren't|was not|were not|without being|haven't been|hasn't been) "
    r"(even |ever |first |been )*(summoned|called in)\b|\bwithout (a |any )?(prior |earlier "
    r"|first )?summons\b|\bno (prior |earlier )?summons\b"
    r"|\b(never|not|didn't|did not|wasn't|was not) (get|got|receive\w*|been (given|served|sent)"
    r"|served) (with )?(a |an |any )?(normal |regular |ordinary |prior |earlier |first |written )?"
    r"summons\b"
)
# a valid reason for not appearing: illness, hospital, travel, or said so
VALID_REASON = R(
    r"\b(with|had|has|have) (a |an )?(valid|good|legitimate|genuine|proper) (reason|excuse)\b"
    r"|\b(because|as|since) (he|she|i|they) (was|were|is|am|are) (in (the )?hospital|ill|sick"
    r"|abroad|away|travel\w*)\b|\b(in (the )?hospital|ill|sick) (at the time|that day)\b"
)
NO_REASON = R(r"\b(without|for no|no|with no) (any |good |valid |real )?(reason|excuse)s?\b")
FAILED = R(
    r"\b(ignor\w+|skip\w*|miss\w*|dodg\w+|evad\w+)\b[^.?!;]{0,25}\b(summon\w*|call|notice)"
    r"|\b(refus\w*|declin\w*|won't|will not|wouldn't|doesn't want|does not want) (to )?(come|go"
    r"|appear|show up|turn up|attend|answer|respond|report)\b"
    r"|\b(didn't|did not|never|failed to|fails to) (come|go|appear|show up|turn up|attend"
    r"|answer|respond|report)\b|\bno[- ]show\b"
)
CONTINUOUS = R(
    r"\b(straight|right|immediately|directly) (after|once)\b|\bback[- ]to[- ]back\b"
    r"|\b(consecutive\w*|continuous\w*|one after (another|the other)|in a row|chain\w* together)\b"
    r"|\b(another|a second|a new|a fresh) (compelled appearance|summons|12[- ]hour\w*)\b"
    r"|\b(immediately|straight away|right away|at once)\b[^.?!;]{0,40}\bagain\b"
    r"|\bagain\b[^.?!;]{0,20}\b(immediately|straight away|right away|at once)\b"
)
OUTSIDE = R(
    r"\b(another|other|a different|different) (province|city|county|town|part of the country)\b"
    r"|\boutside (the |his |her |their |my |our )?(own )?(city|county|town|province)\b"
    r"|\bfar (away )?from (the |his |her |their |my |our )?(home|city|county|town)\b"
    r"|\bout of (town|the county|the city|the province)\b|\b\d+ ?(km|kilomet\w+|miles) away\b"
)
INSIDE = R(
    r"\b(same|own|local|home) (city|county|town|district)\b|\bnearby police station\b"
    r"|\blocal police station\b"
)


def _role(text: str) -> bool | None:
    """Suspect (True), witness or victim (False), else None; the asking sentence decides
    first ("my son is a suspect ... can they compel the witness?")."""
    for part in (" ".join(re.findall(r"[^.?!]*\?", text)), text):
        not_suspect, suspect = NOT_SUSPECT.search(part), SUSPECT.search(part)
        first = min((m for m in (suspect, not_suspect) if m), key=lambda m: m.start(), default=None)
        if first is not None and uncertain(part, first.start()):
            return None  # "whether they see him as a suspect or a witness, nobody has said"
        if not_suspect and not (suspect and suspect.start() < not_suspect.start()):
            return False
        if suspect:
            return True
    return True if SUMMONED.search(text) and not NO_SUMMONS.search(text) else None


def _failed(text: str) -> bool | None:
    """Summoned and not appearing without a valid reason; False with a valid reason stated
    or no summons at all."""
    if VALID_REASON.search(text) or NO_SUMMONS.search(text):
        return False
    m = FAILED.search(text)
    if m is None:
        return None
    return True if NO_REASON.search(text) else not negated(text, m.start(), m.end())


COMPELLED_LAY_RE = re.compile(COMPELLED_LAY)  # "they'll come and fetch him" after a summons


def read_compelled_facts(text: str) -> dict[str, object]:
    """The compelled-appearance facts the (cleaned, lower-case) text states; empty when no
    compelled appearance is named (so these keys never reach other rules)."""
    out: dict[str, object] = {}
    if not (COMPELLED.search(text) or COMPELLED_LAY_RE.search(text)):
        return out
    role = _role(text)
    if role is not None:
        out["compel_suspect"] = role
    failed = _failed(text)
    if failed is not None:
        out["compel_failed_summons"] = failed
    if VALID_REASON.search(text):
        out["summons_valid_reason"] = True
    if CONTINUOUS.search(text):
        out["compel_continuous"] = True
    if OUTSIDE.search(text):
        out["compel_outside_area"] = True
    elif INSIDE.search(text):
        out["compel_outside_area"] = False
    return out
