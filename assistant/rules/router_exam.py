"""Topics, candidates and verdict frames of the procurators' examination of a person (SPP
Rules Art. 169) and investigation experiments (SPP Rules Arts. 171-173). Data, flat and
linear-time; merged into `router_topics.TOPICS` and `router_asks.FRAMES`, and tried by
`router_elig.candidates` after the other acts.

Example:
    >>> list(exam_candidates(frozenset({"experiment"}), "can they make him re-enact it?"))
    ['eligibility.investigation_experiment']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.rules.router_acts import POLICE_ONLY, PROCURATORATE
from assistant.rules.router_asks_acts import ALLOWED_ASK, ALLOWED_TO
from assistant.rules.router_asks_office import THAT_ALLOWED
from assistant.rules.router_lawyers import words
from assistant.rules.router_modal import ADV, MODAL, SUBJ

R = re.compile
PART = (
    r"(body|injur(y|ies)|wounds?|scars?|bruises?|marks?|tattoos?|birthmarks?|teeth|genitals"
    r"|private parts|skin|arms?|forearms?|legs?|hands?|knuckles|fingers?|nails|feet|foot|neck"
    r"|head|face|back|chest)"
)
OWNER = r"(his|her|my|the|their|your|our|a|\w+'s|[\w-]+ [\w-]+'s)"
EXAM_TOPICS = {
    # SPP Art. 169: "examine the person" to determine characteristics, injuries or
    # physiological status
    "body_exam": words(
        r"(physical|bodily|body|medical|personal|forensic) (exam|examination|check|check-up"
        r"|checkup|inspection)s?",
        r"(examin\w*|inspect\w*|check\w*|look\w* at|photograph\w*|measur\w*) "
        + OWNER
        + r" ([\w-]+ )?"
        + PART,
        r"(medically|physically|bodily) (examin\w*|check\w*|inspect\w*)",
        r"examin\w* (him|her|them|me|us|the victim|the suspect|the girl|the woman|the boy)"
        r"( [\w-]+){0,3} (body|physically|medically|naked|by (a|an) (male|female|man|woman|doctor))",
        r"(blood|urine|hair|alcohol) (tests?|samples?)",
        # "had her examined for injuries by a male doctor"
        r"(examin\w*|checked|inspected|looked at) (for|of) (injur(y|ies)|wounds?|bruises?|marks?)",
        # "examine and document bruising on the thighs of a female suspect"
        r"(examin\w*|inspect\w*)( and (document|photograph|record|measur)\w*)? (the |her |his |any )?"
        r"(bruis\w*|injur(y|ies)|wounds?|marks?|scars?|cuts?)\b",
        r"(had|got|have|get) (him|her|them|me|us) (medically |physically )?(examined|inspected)",
        r"(examination|inspection) of (the |a |his |her )?(person|body|victim|suspect|woman)",
        # a refusal or force names the examination by itself: "he refused the examination"
        r"(refus\w+|declin\w+|says? no|said no|object\w*)( to)? (be )?(the |an |a |any )?(examin\w*"
        r"|medical|physical)",
        r"examin\w* (him|her|them|me|us)( [\w-]+){0,2} (by force|forcibly|against|anyway|whether)",
        r"compulsory examinations?",
        # the procurators as the subject: "the person the procurators wish to examine"
        r"(procurators?|prosecutors?|procuratorate) ([\w-]+ ){0,3}to examine\b(?! (the |this |his "
        r"|her |their |all )?(case|file|evidence|materials?|documents?|records?|papers|witness))",
    ),
    # SPP Arts. 171-173: an "investigation experiment" (a re-enactment or reconstruction)
    "experiment": words(
        r"(investigati\w+|investigative|crime[- ]scene|criminal|scene|police) experiments?",
        r"experiments?",
        r"re-?enact\w*",
        r"reconstruct\w* (of )?(the )?(crime|scene|events?|what happened|incident|accident|robbery"
        r"|theft|fight|attack|killing|murder|crash)",
        r"(crime|scene|event|incident|accident) reconstructions?",
        r"reconstructions?",
        # a test of how the events could have happened: "test whether the lock could be opened"
        r"(test|try out|demonstrate)\w* (whether|if|how (fast|long|quickly|far|easily|much))"
        r"(?! [^.?!;]{0,40}\b(drunk|drugs?|alcohol|blood|urine|dna|sober)\b)",
        r"(recreat\w*|re-creat\w*|replay\w*|re-?stag\w*|simulat\w*|act\w* out|play\w* out|show\w*)"
        r" (again )?(the )?(crime|scene|events?|what happened|how (it|he|she|they) (happened|did"
        r" it)|incident|accident|robbery|theft|fight|attack)",
    ),
}
VERB = (
    r"(examine|check|inspect|photograph|test|take|force|make|do|conduct|carry out|hold|perform"
    r"|order|require|demand|compel|oblige|insist|ask|have|put|run|use|strip|undress"
    r"|re-?enact|reconstruct|recreate|act|stage|restage|simulate|refuse|say no|decline|object"
    r"|go ahead|proceed|take place|happen|bring in|involve|include"
    r"|be (examined|checked|inspected|photographed|tested|forced|made|required|ordered|compelled"
    r"|obliged|asked|involved|included|used))"
)
OBLIGED = (
    r"\b(have|has|had|need|needs) to (take part|participate|join|undergo|submit|go|do|act|agree"
    r"|let|be)\b|\b(obliged|required|compelled|forced|made|bound) to\b"
    r"|\bmust (he|she|i|we|they|my [\w-]+) (take part|participate|join|undergo|submit|go|do)\b"
)
# "is a re-enactment allowed where ...?": the act named, its lawfulness asked
IS_ALLOWED = (
    r"\b(is|are|was|were|would)( it| this| that)? (a |an |the |this |that |such )?([\w-]+ ){0,3}"
    r"(be )?(allowed|permitted|lawful|legal|ok|okay|proper)\b"
)
# the bare ask after the told act: "... hes not the suspect tho. can they", "Are they allowed to?"
BARE_ASK = (
    r"\b(can|could|may|are|is) (they|he|she|the [\w-]+)( (allowed|permitted|entitled) to| do (that"
    r"|this|it|so))?\s*(\?|$)"
)
# any yes/no question about the act: the topic is specific, and `canonical_ask` turns a bare
# "can they?" after the told act into "can they <the act>?" in the user's own verbs
FRAME = R(
    rf"{MODAL}{SUBJ}{ADV} ({VERB}|[a-z][\w-]*)\b|{ALLOWED_TO}{VERB}\b|{OBLIGED}|{THAT_ALLOWED}|{ALLOWED_ASK}"
    rf"|{IS_ALLOWED}|{BARE_ASK}"
)
FRAMES: dict[str, re.Pattern[str]] = {
    "eligibility.body_examination": FRAME,
    "eligibility.investigation_experiment": FRAME,
}
# "experiment" about something else: a drug trial, a school science class
NOT_CASE = R(
    r"\b(medical|drug|clinical|science|scientific|school|lab|laboratory|social) (experiments?"
    r"|trials?)\b|\bexperiment(ed|ing) with\b"
)

# a medical check for bail or surveillance on health grounds: another provision
OTHER_MEASURE = R(
    r"\b(bail|guarantor|residential surveillance|house arrest|released?|let (him|her|them) out)\b"
    # an examination asked for by the person's side ("can my lawyer ask for a medical exam?")
    r"|\b(ask|apply|request|call)\w* for (a |an |the )?(medical|physical|independent|forensic)\b"
)


EXAM_RULES = ("eligibility.investigation_experiment", "eligibility.body_examination")


def police_only(text: str) -> bool:
    """Whether the question is about the police alone: their own articles on examinations and
    experiments are not in the corpus, so retrieval answers it."""
    return bool(POLICE_ONLY.search(text)) and not PROCURATORATE.search(text)


def exam_candidates(t: frozenset[str], text: str) -> Iterator[str]:
    """The examination rules the topics could mean; each must still find its frame. Questions
    about the police alone are left to retrieval (`police_only`)."""
    if police_only(text):
        return
    if "experiment" in t and not NOT_CASE.search(text):
        yield "eligibility.investigation_experiment"
    if "body_exam" in t and not OTHER_MEASURE.search(text):
        yield "eligibility.body_examination"
