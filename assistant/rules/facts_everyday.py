"""Everyday word classes for facts the other readers miss (`facts_words` is full).

* An age under 18 told in words or chat shorthand ("fifteen", "a 17 yo"): `MINOR_AGE`, a topic
  alternative for "minor" in `router_topics`.
* A would-be guarantor (MPS Art. 69): an occupation with a home of his own is a fixed residence
  and income ("a nurse, owns her flat"); being on bail or under surveillance himself ("on bail
  herself in a separate case") restricts personal freedom; taking part in the same incident
  ("was in the same fight") implicates him; "wasn't involved at all" does not.
* A relative taking part in the same case ("his dad was arrested for the same burglary"): not
  an uninvolved relative for a minor's family meeting (SPP Juvenile Art. 24).
* An everyday excuse for not telling the family ("forgot", "too busy", "short-staffed",
  "lost our number"): none of the exceptions of MPS Art. 108 / SPP Art. 80.
* An interpreter nobody cleared with the police ("no one got the police's OK", "nobody asked
  the police to approve it"), or one the investigators approved (MPS Art. 45).

Example:
    >>> read_everyday_facts("can my aunt be guarantor? she's on bail herself")
    {'guarantor_rights_unrestricted': False}
"""

from __future__ import annotations

import re

from assistant.rules.negation import negated

R = re.compile
TEEN_WORD = r"(fourteen|fifteen|sixteen|seventeen|thirteen|twelve)"
# an exam's or case note's party and age: "M, 15, committed a minor theft", "zhang san, 16, ..."
PARTY_AGED = r"(?:^|(?<=[.;:] ))(?:[a-z]\.?|[a-z]{2,} [a-z]{2,}|(?:mr|ms|mrs)\.? [a-z]+), "
MINOR_AGE = (
    rf"(is|was|aged|age|turned|just|only) {TEEN_WORD}\b|\b{TEEN_WORD}[- ]year[- ]old"
    # not a term or a range: "sentenced to 15 years", "for 12 years", "3-10 years"
    rf"|(?<!to )(?<!for )(?<!\d-)(?<!\d - )\b(1[0-7]|{TEEN_WORD}) ?(yo|y/o|yrs?|years)\b"
    r"(?! (ago|later|before|after|in prison|sentence))"
)
# a summons refused, then the suspect fetched: compelled appearance in lay words ("they'll come
# and fetch him", "drag him in", "bring him in themselves")
COMPELLED_LAY = (
    r"\bsummon\w*[^?]{0,200}?\b(((come|go) (round |over |back )?(and|to) )(fetch|get|collect|pick up"
    r"|bring in)|(fetch|drag|haul|bring|frogmarch|march|cart) (him|her|them|my [\w-]+)( back)? (in|down"
    r"|to the station|themselves|along))\b"
)
# the act told, then asked about: "..., and then they detained him. Is that lawful?", which
# `router_intents.canonical_ask` has made "is it lawful that ..., and then they detained him?"
THAT_TOLD = r"\b(is|was) it (lawful|legal|allowed|permitted|ok|okay|justified|right|fair) that "
DETAINED_TOLD = (
    THAT_TOLD
    + r"[^?]{0,200}?\b(they|police|officers|cops)\b[^.?!;]{0,20}?\b(detained|took (him|her"
    r"|them|my [\w-]+) into (detention|custody)|locked (him|her|them|my [\w-]+) up|put (him|her|them"
    r"|my [\w-]+) in (detention|custody))\b"
    r"|\b(they|police|officers|cops)\b[^.?!;]{0,20}?\b(detained (him|her|them)|took (him|her|them)"
    r" into (detention|custody))\b[^.?!]*[.!]\s*((can|could|may|are) they (allowed to )?do (that|this"
    r"|it)|(is|was) (that|this|it) (lawful|legal|allowed|ok|okay|justified|right|within the law))"
    r"\s*\?"
)
FETCH_TOLD = THAT_TOLD + r"[^?]{0,160}?\b(fetch|drag|haul|bring|collect|pick up) (him|her|them)\b"
GUARANTEE = R(r"\b(guarantor|surety|vouch\w*)\b")
OCCUPATION = R(
    r"\b(nurse|teacher|doctor|dentist|engineer|civil servant|accountant|lecturer|professor"
    r"|pharmacist|lawyer|electrician|plumber|mechanic|shopkeeper|manager|clerk|chef|farmer"
    r"|driver|banker|programmer|public servant|government employee)s?\b"
    r"|\b(works|working|employed) (for|at|in|as) (a|an|the)\b|\bhas a (steady |stable |full-time )?job\b"
    r"|\bruns (a|his|her|their) (own )?(business|shop|company|restaurant|firm)\b"
)
OWN_HOME = R(
    r"\b(owns?|has|have|with) (a|his|her|their|an)( own)? (flat|apartment|house|home|place)\b"
    r"|\b(his|her|their) own (flat|apartment|house|home|place)\b"
)
SELF_RESTRICTED = R(
    r"\b(on bail|under (residential )?surveillance|on parole|in custody|serving (a|his|her) "
    r"(suspended )?sentence|awaiting trial)\b[^.?!;]{0,12}?\b(himself|herself|themselves|too|as "
    r"well)\b|\b(himself|herself|themselves) (on bail|under (residential )?surveillance|on parole)"
    r"|\b(on bail|under (residential )?surveillance|on parole)\b[^.?!;]{0,20}?\b(separate|another"
    r"|different|other|own) (case|matter|investigation)"
)
CASE = r"(case|fight|brawl|theft|robbery|burglary|fraud|scheme|crime|incident|attack|scam|deal)"
SAME_CASE = R(
    r"\b(in|part of|involved in|mixed up in|caught up in|arrested (for|over|in)|charged (for|over|in"
    r"|with)|held (for|over)|suspected (in|of)|took part in|joined in) the same " + CASE + r"\b"
)
RELATIVE = R(
    r"\b(dad|father|mum|mom|mother|parents?|brother|sister|grand(ma|pa|mother|father|parents?)"
    r"|uncle|aunt|husband|wife|stepfather|stepmother)\b[^.?!;]{0,20}$"
)
PRONOUN_SUBJECT = R(
    r"\b(they|he|she)( are| is| were| was| have been| had been)( all| both| also)? $"
)
KIN = R(RELATIVE.pattern.removesuffix(r"[^.?!;]{0,20}$"))
NOT_PART = R(
    r"\b(wasn't|was not|weren't|were not|isn't|is not|never (was |been )?)( at all)? "
    r"(involved|implicated|mixed up|part of it)\b|\b(had|has|have) no part\b"
)
NEITHER_INVOLVED = R(
    r"\b(neither|none)\b[^.?!;]{0,40}?\b(were|was|is|are)( ever)? (involved|implicated|mixed up)\b"
    r"|\b(they|we|both of us|neither of us)( have| had)? (had )?nothing to do with (it|this|that"
    r"|the case)\b"
    # "neither I nor his dad had anything to do with the case"
    r"|\b(neither|none of us|nobody in (the|our|his|her) family)\b[^.?!;]{0,40}?\b(had|has|have)"
    r" (anything|any part|any role|any involvement) (to do with|in)\b"
)
NO_OBJECTION = R(
    r"\b(police|they)\b[^.?!;,]{0,30}?\b(don't|do not|didn't|did not|won't|have no|had no|raise no)"
    r" object(ion|ions)?\b|\b(police|they)\b[^.?!;,]{0,30}?\b(are|were|said they're|said they"
    r" were|said they are|say they're|say they are) (fine|ok|okay|happy) with (it|that|a visit|the"
    r" visit|a meeting|the meeting|us (visiting|seeing|meeting) (him|her))\b"
)
NOTICE = R(r"\b(tell|told|inform\w*|notif\w*|let (us|me|the family|his family|her family) know"
           r"|call\w*|ring\w*|phon\w*|contact\w*)\b")  # fmt: skip
EXCUSE = R(
    r"\b(forgot|forgotten|too busy|busy|short[- ]staffed|under[- ]?staffed|not enough (staff"
    r"|officers|people)|(no|didn't have|did not have|hadn't|had no) (the )?time|overlooked it"
    r"|slipped (their|his|her) mind|couldn't be bothered|didn't bother|(lost|mislaid|misplaced)"
    r" (our|my|the|his|her|their) (phone )?(number|details|contact\w*))\b"
)
NOTICE_GROUNDS = ("co_suspect_risk", "identity_unknown", "hinders_or_impossible")
INTERPRETER = R(r"\binterpret\w*|\btranslator\b")
NOBODY_CLEARED = R(
    r"\b(no one|nobody|none of us|we never|they never|he never|she never|never)( ever)? "
    r"(asked|got|obtained|sought|requested|cleared)\b[^.?!;]{0,40}?\b(police|investigators?|"
    r"permission|approv\w*|consent|ok|okay|go-ahead)\b"
)
CLEARED = R(
    r"\b(investigators?|officers?|detectives?|police|case officers?)\b( have| has| had)? "
    r"(approved|permitted|allowed|okayed|ok'd|signed off on|cleared)\b"
)


def _guarantor(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    job, home = OCCUPATION.search(text), OWN_HOME.search(text)
    if job and home and not (negated(text, job.start()) or negated(text, home.start())):
        out["guarantor_residence_income"] = True
    if SELF_RESTRICTED.search(text):
        out["guarantor_rights_unrestricted"] = False
    if m := SAME_CASE.search(text):
        out["guarantor_not_implicated"] = negated(text, m.start())
    elif NOT_PART.search(text):
        out["guarantor_not_implicated"] = True
    return out


def read_everyday_facts(text: str) -> dict[str, object]:
    """The facts above that `text` states (lower-cased, cleaned text)."""
    out: dict[str, object] = {}
    if GUARANTEE.search(text):
        out |= _guarantor(text)
    for m in SAME_CASE.finditer(text):
        if RELATIVE.search(text, max(0, m.start() - 40), m.start()) or (
            # "her parents want to meet her. ... they are involved in the same case"
            PRONOUN_SUBJECT.search(text, max(0, m.start() - 30), m.start())
            and KIN.search(text, max(0, m.start() - 150), m.start())
        ):
            out["family_not_involved"] = negated(text, m.start())
    if NEITHER_INVOLVED.search(text):
        out.setdefault("family_not_involved", True)
    if NO_OBJECTION.search(text):
        out["police_consent"] = True
    if NOTICE.search(text) and (e := EXCUSE.search(text)) and not negated(text, e.start()):
        out |= dict.fromkeys(NOTICE_GROUNDS, False)
    if INTERPRETER.search(text):
        if NOBODY_CLEARED.search(text):
            out["interpreter_permission"] = False
        elif CLEARED.search(text):
            out["interpreter_permission"] = True
    return out
