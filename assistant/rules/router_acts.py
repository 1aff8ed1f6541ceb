"""Topics and candidates of the rules on the investigators' acts (data; flat, linear-time;
merged into `router_topics.TOPICS` and tried first by `router_elig.candidates`): an
interpreter at a lawyer's meeting, a detention before the warrant, restraints, a search, and
a suspect who withholds his identity.

Example:
    >>> list(act_candidates(frozenset({"restraint"}), "can they handcuff him?"))
    ['eligibility.restraints']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.rules.facts_search import read_search_facts
from assistant.rules.router_lawyers import words

R = re.compile
LAWYER = R(
    r"\b(lawyers?|attorneys?|counsel|defen[cs]e|defenders?|solicitors?|clients?"
    r"|defending)\b"
)
# a third person brought to a lawyer's meeting: no article lets anyone but an interpreter in,
# so the meeting-permission rule would answer another question (left to retrieval)
COMPANION = R(
    r"\b(assistants?|paralegals?|interns?|trainees?|secretar(y|ies)|apprentices?)\b"
    r"|\b(bring|take|come with|accompan\w+)\b[^.?!;]{0,30}\b(me|us|his wife|her husband|a relative"
    r"|a family member|a friend)\b"
)
# searching for information, not a search of a person or place
SEARCH_OFF = R(
    r"\bsearch\w* (online|on the internet|the internet|the web|google|for (information|info"
    r"|the law|articles?|cases?))\b|\bsearch (engine|results?|bar)\b|\b(i|we) search\w*"
)
# a detention told in lay verbs the detention topic lacks: "grabbed him and took him away"
TAKEN_AWAY = R(
    r"\b(took|take|takes|taken|taking|grabbed|grab|seized|dragged|hauled|carted|led) ([\w-]+ )"
    r"{0,2}(away|off)\b|\bgrabbed (him|her|them|my [\w-]+)\b"
)
# a search the police make: their own search articles are not in the corpus (left to retrieval)
# the procuratorate's own "judicial police" (SPP Art. 139's escort) are not the police
POLICE_ONLY = R(r"\b((?<!judicial )police|cops?|policem[ae]n|public security|psb)\b")
PROCURATORATE = R(r"\b(procurator\w*|prosecutors?|prosecution office|jianchayuan)\b")
PROSECUTE = R(r"\b(prosecut\w*|charg\w+|indict\w*|put on trial|taken to court|tried)\b")
ACT_TOPICS = {
    "interpreter": words(r"interpret(er|ers|ing)", r"translat(or|ors|e|ing)", r"sign[- ]language"),
    # a detention before the warrant (MPS Art. 106); the search rule takes a search's warrant
    "warrantless": words(
        # papers only when shown: "carries no papers" is the suspect's identity (MPS Art. 105)
        r"without (a |an |any |the )?(detention )?warrants?",
        r"without (showing|producing|presenting|having|giving) (us |him |her |them |me )?"
        r"(a |an |any |the )?(detention )?(warrant|papers?|paperwork|documents?|certificate)s?",
        r"no (detention )?(warrants?|certificates?)",
        r"(no time|no way|too late|before|without time) (to )?(get|getting|obtain\w*|issu\w+) (a |the "
        r"|any )?(detention )?(warrants?|certificates?)",
        # "no time for any paperwork", "before there was a warrant", "did the papers later"
        r"no time for (a |an |any |the )?(detention )?(paperwork|papers|warrant|procedures?"
        r"|formalit(y|ies))",
        r"before (there was|they had|they got|getting|having) (a |an |any |the )?(detention )?"
        r"(warrant|papers|paperwork)",
        r"(did|do|does|filled in|wrote up|sorted|sort|sorting|handle|handled) (the )?(detention )?"
        r"(papers|paperwork|warrant)( out| up)? (later|afterwards|after|once|as soon as|when)",
        "warrantless",
        r"(didn't|did not|never|not|don't|doesn't) (show|produce|present|have|give)\w* (us |him "
        r"|her |them |me )?(a |an |any |the )?(detention )?(warrant|papers?|paperwork|documents?)",
    ),
    # restraint devices (MPS Art. 133 "binding police weapon", SPP Art. 33); "restrained from
    # leaving" is a bail or surveillance condition
    "restraint": words(
        r"handcuff\w*",
        r"cuff(ed|s|ing)?",
        r"shackl\w*",
        r"restrain(ed|ing|s)?(?! from)",
        r"restraints?( devices?| belts?)?",
        r"(binding )?police (weapons?|equipment)",
        r"zip[- ]?ties?",
        r"(tie|tied|ties|tying) (him|her|them) up",
        r"leg irons?",
        r"use (of )?(physical )?force on",
    ),
    "search": words(
        r"search(ed|es|ing)?",
        r"frisk\w*",
        r"pat(ted|ting|s)? (him|her|me|us|them|[\w-]+ [\w-]+) down",
        r"strip[- ]search\w*",
        r"body[- ]search\w*",
        r"ransack\w*",
        r"(go|goes|going|gone|went) through (his|her|my|our|their|the) (things|belongings|bags?"
        r"|house|home|flat|apartment|room|drawers|office|car)",
    ),
    # a suspect withholding his name or address (SPP Art. 88, MPS Arts. 112, 131)
    "identity_withheld": words(
        r"(refus\w+|won't|wont|wouldn't|will not|would not|didn't|did not|don't|doesn't|declin\w+)"
        r"( to)? (give|tell|say|provide|reveal|disclose|state)\b[^.?!;]{0,25}?\b(name|address"
        r"|identity)",
        r"(false|fake|made-up|fictitious|bogus|invented) (name|identity|id|address)",
        r"(won't|wont|wouldn't|would not|will not|refus\w+ to) (say|tell [\w-]+( [\w-]+)?) who "
        r"(he|she) (is|was)",
        r"identity (is |was |remains )?(unknown|unclear|not known)",
        "unknown identity",
    ),
}


# "without a warrant" is a fact about papers; as a negation cue it would negate the facts
# told beside it ("detained without a warrant when the victim pointed him out")
WITHOUT_WARRANT = R(
    r"\bwithout (a |an |any |the )?(separate |search |detention |valid )*warrants?\b"
    r"|\bwithout (showing|producing|presenting) (us |him |her |them |me )?(a |an |any |the )?"
    r"(separate |search |detention |valid )*(warrant|papers|paperwork)s?\b"
)


def plain_warrant(text: str) -> str:
    """The text with "without a warrant" said as "warrantless" (read as a fact, not a cue)."""
    return WITHOUT_WARRANT.sub("warrantless", text)


def lawyer_named(text: str) -> bool:
    """A defence lawyer in the question (an interpreter at trial is another matter)."""
    return LAWYER.search(text) is not None


def act_candidates(t: frozenset[str], text: str) -> Iterator[str]:
    """The acts' rules the topics could mean; each must still find its frame (`router_asks`)."""
    if "interpreter" in t and lawyer_named(text):
        yield "eligibility.lawyer_interpreter"
    if "restraint" in t:
        yield "eligibility.restraints"
    police = POLICE_ONLY.search(text) and not PROCURATORATE.search(text)
    # a bare "can they search my house?" asks about the power in general (left to retrieval)
    if "search" in t and not (SEARCH_OFF.search(text) or police) and read_search_facts(text):
        yield "eligibility.search"
    if "warrantless" in t and ("detention" in t or TAKEN_AWAY.search(text)):
        yield "eligibility.detention_without_warrant"
    if "identity_withheld" in t and ("arrest" in t or PROSECUTE.search(text)):
        yield "eligibility.unknown_identity"
