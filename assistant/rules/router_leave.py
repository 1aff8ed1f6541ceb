"""Topics, candidates and verdict frames of the rules on going somewhere under a measure
(data; flat, linear-time; merged into `router_topics.TOPICS`, `router_asks.FRAMES` and tried
by `router_elig.candidates` with the acts' rules): leaving the city or county on bail,
leaving the residence under residential surveillance, and a detained suspect taken out of the
detention house to the procuratorate for interrogation. "May he leave?" reaches them; "he
left, can they arrest him?" stays with the breach rules (an arrest or detention named keeps
these rules out).

Example:
    >>> list(leave_candidates(frozenset({"bail", "trip_area"}), "can he leave town?"))
    ['eligibility.leave_on_bail']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.rules.negation import asked_part
from assistant.rules.router_acts import POLICE_ONLY, PROCURATORATE
from assistant.rules.router_asks_acts import ALLOWED_ASK, ALLOWED_TO
from assistant.rules.router_asks_office import THAT_ALLOWED
from assistant.rules.router_lawyers import words
from assistant.rules.router_modal import ADV, MODAL, SUBJ

R = re.compile
PLACE = r"(city|county|province|town|district|area|region|place|country)"
# a trip out of the city or county (MPS Arts. 86, 89): the bail rule's restriction
TRIP_AREA = (
    rf"(leave|leaving|leaves|get out of|go out of|travel out of) (the |his |her |my |this |our )?"
    rf"(own )?{PLACE}",
    r"leave town|out of town|skip town",
    # "a clinic in Shanghai, outside his city", "which is outside our county"
    rf"(outside|beyond) (of )?(the |his |her |my |their |our |this )?(own |home )?{PLACE}\b",
    rf"(go|goes|going|travel\w*|fly|flying|drive|driving|move|moving|visit\w*|head\w*) (to |into )?"
    rf"(another|a different|the next|other|a neighbou?ring|some other|a nearby) {PLACE}",
    r"travel\w*|trips?|abroad|overseas|another province|out of the (city|county|province)",
    # "a job interview in Shenzhen, which is a different city from where I live"
    rf"(is|in) (a different|another|some other) {PLACE} (from|than)\b",
    # "go to the big hospital in other district": the destination told by its place
    rf"(go|goes|going|travel\w*|fly|flying|drive|driving|move|moving|head\w*)\b[^.?!;]{{0,40}}\bin "
    rf"(another|a different|the next|other|a neighbou?ring|some other) {PLACE}",
    r"(fly|flying|flies|drive|driving) (down|up|over|out|back|home)|(take|catch) a (flight|plane|train)",
    # a named place told by the purpose: "go to Guangzhou for a job interview, only two days"
    r"(go|goes|going|went|travel|fly|flying|drive|driving|head|heading) to [\w-]+ for (a |an |the |my"
    r" |his |her )?([\w-]+ )?(job|interview|work|wedding|funeral|meeting|business|conference|holiday|visit"
    r"|trip|exam|course)",
)
# any trip out of the residence (MPS Arts. 97, 100): the surveillance rule's restriction
TRIP_HOME = (
    *TRIP_AREA,
    r"(leave|leaving|leaves|get out of|step out of|go out of) (the |his |her |my |their |our )?"
    r"(own |designated )?(house|home|flat|apartment|residence|place)",
    r"(go|goes|going|step|get) out(side)?",
    r"(go|goes|going|went|gone|get|got|be taken|was taken) to (the |a )?([\w-]+ )?(hospital|clinic|doctor|dentist|work|office|school"
    r"|funeral|wedding|court|bank|market|shop)",
    r"(see|visit) (a |the |his |her )?(doctor|dentist|hospital)",
    # "take her son to the hospital": a trip told by who goes with her
    r"(take|bring|drive) (him|her|them|his [\w-]+|her [\w-]+) to (the |a )?(hospital|clinic|doctor"
    r"|dentist|school)",
    r"(pop|nip|pops|nips|popping|nipping) (out|over|down)|across town",
    # "a school performance on Friday evening, just two streets away"
    r"(streets?|blocks?|doors?|minutes?|km|kilometres?|kilometers?|miles?) (away|down the road)",
    r"(doctor'?s?|dentist'?s?|hospital|medical|clinic) (appointment|visit|check-?up)",
    r"(attend|go to) (his |her |a |the )?[\w'-]*\s?(funeral|wedding|surgery|operation|exams?)",
)
# a detained suspect taken out of the detention house (SPP Art. 139)
OUT_OF_CUSTODY = (
    r"(take|takes|taking|took|taken|bring|brings|bringing|brought|escort\w*|move|moved|remove\w*"
    r"|transfer\w*)( [\w'-]+){0,4} (out of|from) (the |a |his |her )?(detention (centre|center"
    r"|house)|lockup|lock-up|jail|gaol|custody|cell|kanshousuo)",
    r"(take|takes|taking|took|taken|bring|brings|bringing|brought|escort\w*)( [\w'-]+){0,4} to "
    r"(the |their |its |his )?(procuratorate|prosecutors?'?s?|prosecution)?( ?'?s)? ?(office|building"
    r"|procuratorate) (for|to) (questioning|interrogat\w+|be (questioned|interrogated)|question"
    r"|interview)",
    # "suspect in the detention centre. we need him brought to our office": the office named
    r"(take|takes|taking|took|taken|bring|brings|bringing|brought|escort\w*)( [\w'-]+){0,3} to "
    r"(our|their|its) (own )?(office|offices|premises|building)\b",
    # "take him out to their office": out of custody, the place told elsewhere in the story
    r"(take|takes|taking|took|taken|bring|brings|bringing|brought|escort\w*) (him|her|them) out"
    r" (to|of)\b",
)
# what he is taken out for: questioning, or the listed purposes told in lay words
PURPOSE = R(
    r"\b(interrogat\w+|question\w*|interview\w*|point\w* out|show\w* (them|the \w+|investigators"
    r"|prosecutors) where|recover\w*|identify\w*"
    r"|(help|helps|helping) (them|the \w+|investigators|prosecutors) (find|locate|trace)\w*)\b"
)
# an arrest or detention asked ("can they arrest him?"): the breach rules, not these; the
# arrest in "house arrest" is the surveillance itself
CUSTODY_ASKED = R(r"\b(?<!house )(arrest\w*|detain\w*|detention|lock\w* (him|her|them) up)\b")
LEAVE_TOPICS = {
    "trip_area": words(*TRIP_AREA),
    # a move of home: SPP Juvenile Art. 41 (3) "to leave the city or county where you live or to
    # move" (kept apart: "his wife moved out" is no trip of the suspect under a measure)
    "move_home": words(
        r"(move|moves|moving|relocat\w*) (house|home|away|abroad|to [\w-]+|there)",
        r"(move|moving|relocat\w*) (him|her|them|[\w-]+) (to|away)\b",  # "move jun to shenzhen"
    ),
    "trip_home": words(*TRIP_HOME),
    "out_of_custody": words(*OUT_OF_CUSTODY),
}
# may he go: the suspect's own movement asked
GO = (
    r"(leave|go|travel|visit|fly|drive|take a trip|attend|see|move|relocate|get out|step out|be allowed"
    r"|go out|head|return|pop out|nip out)"
)
TAKE_OUT = r"(take|bring|escort|move|remove|transfer|question|interrogate|interview)"
FRAMES: dict[str, re.Pattern[str]] = {
    "eligibility.leave_on_bail": R(
        rf"{MODAL}{SUBJ}{ADV} {GO}\b|{ALLOWED_TO}{GO}\b|{THAT_ALLOWED}|{ALLOWED_ASK}"
        # a long subject: "may a suspect released on bail pending trial leave the county?"
        rf"|{MODAL}[^.?!;]{{0,60}}?\b(leave|travel|go (out|to|abroad|back|home))\b"
        rf"|\b(the )?right to {GO}\b|\bor not\s*\?"
        # "was he allowed to do that" (the trip told before; read as "can he do that")
        rf"|{MODAL}{SUBJ}{ADV} do (that|this|it|so)\b"
        r"|\b(was|is|were|are|am) (he|she|they|i|we)( really)? (allowed|permitted) to (do (that|this"
        r"|it|so)|go)\b"
        # non-native word order: "he can do this?", "i can go?"
        r"|\b(he|she|i|we|they) (can|could|may) (do (this|that|it|so)|go|leave|travel)\b[^.?!;]{0,20}\?"
    ),
    "eligibility.interrogation_outside_custody": R(
        rf"{MODAL}{SUBJ}{ADV} {TAKE_OUT}\b|{ALLOWED_TO}{TAKE_OUT}\b|{THAT_ALLOWED}|{ALLOWED_ASK}"
        # "may I have the suspect brought out of the detention centre?"
        rf"|{MODAL}{SUBJ}{ADV} (have|get)\b[^.?!;]{{0,40}}?\b(brought|taken|escorted|moved"
        r"|transferred) (out|to)\b"
    ),
}
FRAMES["eligibility.leave_under_surveillance"] = FRAMES["eligibility.leave_on_bail"]
FRAMES["eligibility.leave_conditional_np"] = FRAMES["eligibility.leave_on_bail"]


# a case of the user's own ("my son", "I'm under ..."), not a question about the rule in general
OWN_CASE = R(r"\b(my|his|her|our|their|i|i'm|im|we|me|us)\b")
TOLD_APPROVAL = R(r"\b(approv\w*|refus\w*|permission|without (asking|telling))\b")


def _custody_asked(text: str) -> bool:
    """An arrest or detention in a sentence that asks (the whole text when none asks): "the
    neighbours think he'll be arrested for going. can he go?" asks about the trip."""
    return bool(CUSTODY_ASKED.search(asked_part(text)))


def leave_asked(text: str) -> bool:
    """Whether the text asks may he go (a trip on bail or under surveillance), not an arrest."""
    return bool(FRAMES["eligibility.leave_on_bail"].search(text)) and not _custody_asked(text)


def leave_candidates(t: frozenset[str], text: str) -> Iterator[str]:
    """The going-somewhere rules the topics could mean; each must still find its frame."""
    if not _custody_asked(text):  # "he left; can they arrest him?" is the breach rule
        # a minor's probation, not a measure; a general "may a minor under it travel?" with
        # no case of the user's own and no approval told is left to retrieval
        cnp = "conditional" in t and ("non_prosecution" in t or "minor" in t) and "bail" not in t
        trip = "trip_area" in t or "move_home" in t
        if cnp and trip and (OWN_CASE.search(text) or TOLD_APPROVAL.search(text)):
            yield "eligibility.leave_conditional_np"
        elif "surveillance" in t and "trip_home" in t:
            yield "eligibility.leave_under_surveillance"
        elif "bail" in t and "trip_area" in t:
            yield "eligibility.leave_on_bail"
    named = PROCURATORATE.search(text) and not POLICE_ONLY.search(text)
    if "out_of_custody" in t and named and PURPOSE.search(text):
        yield "eligibility.interrogation_outside_custody"
