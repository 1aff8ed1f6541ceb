"""Who a fact is about: clauses whose subject is another person than the suspect.

Family members tell the story of the suspect beside the stories of others: "her husband,
my son, did time for fraud years ago", "his co-defendant did skip town though", "my
friend's co-worker ran off to another province". Read as they stand, such clauses give the
suspect a record or a flight that are someone else's. A clause is *another person's* when
the first person it names is a co-defendant or accomplice, the victim, "the other man", a
relative or friend of the suspect told with a third-person possessive ("his wife", "her
husband": the suspect is "he" or "she", so his wife is not him), or a friend or colleague
of someone ("my friend's co-worker"). A clause in which that person only reports ("his
wife says he never left the city") is kept: the fact told is still the suspect's.

`own_text` blanks those clauses (same length, so offsets hold) and the facts about the
suspect's own conduct and state (`SUSPECT_KEYS`) are read from it alone. Being coerced is
told with the other person as the subject ("his friends made him do it"), so it is not one.

Example:
    >>> own_text("her husband did time for fraud but she is clean.").strip()
    'but she is clean.'
"""

from __future__ import annotations

import re

# facts about the suspect's own conduct, record or state (not the case's, the guarantor's
# or the family's): read only from clauses about the suspect
SUSPECT_KEYS = frozenset(
    {
        "recidivist",
        "pregnant",
        "breastfeeding",
        "serious_illness",
        "suicide_or_flight",
        "evasion",
        "evidence_tampering",
        "evidence_tampering_risk",
        "left_area",
        "missed_summons",
        "unapproved_meetings",
        "violent_witness_interference",
        "new_crime",
        "breach",
        "gang_principal",
        "self_injury_evasion",
        "identity_unknown",
        "caught_in_act",
        "secondary_role",
        "surrender_or_merit",
        "repentance",
        "age_at_offence",  # "his friend Xiao, who was 17 at the time, got one year"
    }
)
_KIN = (
    r"husband|wife|ex-?wife|ex-?husband|boyfriend|girlfriend|fianc[eé]e?|partner|brothers?"
    r"|sisters?|father|mother|dad|mum|mom|sons?|daughters?|cousins?|uncle|aunt|friends?"
    r"|mates?|colleagues?|co-?workers?|boss|neighbou?rs?|classmates?|roommates?|flatmates?"
)
_ROLE = r"co-?defendants?|co-?accused|co-?suspects?|accomplices?|partners? in crime"
_PEER = r"friends?|mates?|colleagues?|co-?workers?|boss|accomplices?|business partners?"
OTHER = re.compile(
    rf"\b(?:(?:his|her|their|the|my|our|a|an|one of (?:his|her|the))\s+)?(?:{_ROLE})\b"
    rf"|\b(?:his|her|their)\s+(?:own\s+|older\s+|younger\s+|elder\s+|little\s+|big\s+)?"
    rf"(?:business\s+)?(?:{_KIN})\b"
    rf"|\b(?:(?:my|our|his|her|their|the|a)\s+)?\w+['’]s\s+(?:{_PEER})\b"
    r"|\bthe (?:victim|other (?:guy|man|woman|boy|girl|suspect|one|lad|bloke))\b"
)
# the clause opens with its subject, after at most a short time or connective phrase
# ("after the warehouse theft my friend's co-worker ran off"): a person named later in the
# clause is its object ("compensation agreed with the victim")
OPENING = re.compile(
    r"\s*(?:and|then|also|later|now|so|plus|meanwhile|after|before|when|since|last|that)\b"
)
WORD = re.compile(r"\s*,?\s*[\w'’-]+")
REPORTS = re.compile(
    r"\s*(?:,[^,]{0,30},\s*)?(?:says?|said|told|tells|thinks?|thought|reckons?|claims?|wrote"
    r"|swears?|insists?|confirmed|confirms|knows?|heard|saw|noticed)\b"
)
# a clause ends at . ; ! ?, at a contrast word, or at "and" or a comma that opens a clause
# about another person ("she is pregnant and her sister is breastfeeding"); a comma before
# "my son" in "her husband, my son, did time" does not end it
CLAUSE = re.compile(
    r"[^.;!?]+?(?=\bbut\b|\bthough\b|\bwhereas\b|\bwhile\b|[.;!?]|$"
    rf"|(?:,|\band\b)\s+(?:{OTHER.pattern})"
    # "the other boy's family agreed compensation and he's really sorry": back to the suspect
    r"|(?:,|\band\b)\s+(?:he|she)(?:'s|\s))[.;!?]?"
)


# the clause puts its subject under a measure: that person is the suspect ("her husband was
# detained last week"), and clauses about him are kept
MEASURED = re.compile(
    r"\b(?:arrested|detained|held|picked up|taken in|taken away|locked up|in custody|on bail"
    r"|under (?:residential )?surveillance|charged|accused|suspected|investigated|prosecuted)\b"
)


# a co-defendant or the victim is never the suspect asked about, whatever is done to him
NEVER_SUSPECT = re.compile(
    rf"(?:{_ROLE}|crime|victim|guy|man|woman|boy|girl|suspect|one|lad|bloke)$"
)


def _subject(clause: str) -> re.Match[str] | None:
    """The other person who opens the clause as its subject, if any."""
    starts = [len(clause) - len(clause.lstrip(" ,"))]
    if opening := OPENING.match(clause):  # the subject after up to three more words
        at = opening.end()
        for _ in range(4):
            starts.append(at + len(clause[at:]) - len(clause[at:].lstrip(" ,")))
            if (w := WORD.match(clause, at)) is None:
                break
            at = w.end()
    for at in starts:
        if (other := OTHER.match(clause, at)) is not None:
            return None if REPORTS.match(clause, other.end()) else other
    return None


def _head(person: re.Match[str]) -> str:
    return person.group(0).split()[-1]


# the person the suspect looks after ("he cares for our bedridden mother, who has cancer"):
# her illness is not his. Only the object is blanked (nursing and feeding tell breastfeeding).
CARED_FOR = re.compile(
    r"\b(?:cares? for|caring for|looks? after|looking after|takes? care of|taking care of"
    r"|supports?|supporting)\s+"
    r"((?:(?:his|her|their|our|my|an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:mother|father|mum|mom|dad"
    r"|parents?|grand\w+|wife|husband|son|daughter|child(?:ren)?|kids?|baby|brother|sister"
    r"|relatives?|aunt|uncle|in-laws?)\b(?:,? who [^.;!?,]*)?)"
)


# the asker is the carer ("I look after my brother, who has kidney failure"): the person
# cared for is the one the question is about, so the illness is the suspect's
ASKER_CARES = re.compile(
    r"\b(?:i|we|i'm|we're|i am|we are)\s+(?:(?!(?:he|she|they|his|her|my|our)\b)\w+\s+){0,2}$"
)  # not "we think he looks after his mother": there the carer is the suspect


def _blank_cared_for(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        if ASKER_CARES.search(text, max(0, m.start() - 30), m.start()):
            return m.group(0)
        return m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1))

    return CARED_FOR.sub(blank, text)


# the kind of crime: the case's, told in the suspect's clauses or a co-defendant's (the same
# case), but not in a relative's ("her husband did three years for robbery")
CASE_KEYS = frozenset(
    {
        "violent_crime",
        "state_security_crime",
        "endangers_public_security",
        "egregious_crime",
        "other_serious_crime",
        "crime_chapter_4_6",
    }
)
ROLE = re.compile(rf"(?:{_ROLE})$")


def own_text(text: str, roles: bool = True) -> str:
    """`text` with every clause about another person blanked (offsets kept); a person put
    under a measure in the story is the suspect, not another person. With `roles` False,
    clauses about a co-defendant or accomplice are kept (they tell the same case)."""
    return own_texts(text)[0 if roles else 1]


def own_texts(text: str) -> tuple[str, str]:
    """`own_text(text)` and `own_text(text, roles=False)`, the story's clauses read once."""
    text = _blank_cared_for(text)
    clauses = [(m, _subject(m.group(0))) for m in CLAUSE.finditer(text) if m.group(0).strip()]
    suspects = {
        _head(p)
        for m, p in clauses
        if p and MEASURED.search(m.group(0), p.end()) and not NEVER_SUSPECT.match(_head(p))
    }
    own, case = list(text), list(text)
    for m, person in clauses:
        if person and _head(person) not in suspects:
            blank = " " * (m.end() - m.start())
            own[m.start() : m.end()] = blank
            if not ROLE.match(_head(person)):
                case[m.start() : m.end()] = blank
    return "".join(own), "".join(case)


def keep_own(
    facts: dict[str, object], own: dict[str, object], keys: frozenset[str] = SUSPECT_KEYS
) -> dict[str, object]:
    """`facts` with the `keys` facts taken from the reading of `own_text` only."""
    out = {k: v for k, v in facts.items() if k not in keys}
    out |= {k: v for k, v in own.items() if k in keys}
    return out
