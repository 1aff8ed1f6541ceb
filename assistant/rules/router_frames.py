"""Rewrite indirect asks into the plain modal form the verdict frames match (pure, linear).

Users ask the same verdict question in many shapes: "is it lawful for the police to detain
him?", "do the police have the right to detain him?", "would they be allowed to detain him?",
"does the law let the police detain him?". Each is rewritten to "can the police detain
him?" (and "is he obliged to step aside?", "do they have to revoke it?" to "must ..."), so
that `router_asks` needs one frame per rule, not one per way of asking. The rewrite is used
for routing only; facts are read from the user's own words.

Example:
    >>> canonical_ask("is it lawful for the police to detain him?")
    'can the police detain him?'
    >>> canonical_ask("does the procuratorate have to arrest him?")
    'must the procuratorate arrest him?'
"""

from __future__ import annotations

import re

from assistant.rules.router_echo import echo_duty
from assistant.rules.router_indirect import reword
from assistant.rules.router_order import statement_order

R = re.compile
_SUBJ = r"((?: [\w'-]+){1,6}?)"  # the subject: a few words
_PERMIT = (
    r"(?:lawful|legal|ok|okay|alright|all right|allowed|permitted|permissible|possible|proper"
    r"|fine|legitimate|justified|acceptable)"
)
REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "is it lawful for the police to detain" -> "can the police detain"
    (
        R(rf"\b(?:is|was|would|will|isn't)(?: it)?(?: be)? (?:it )?{_PERMIT} for{_SUBJ} to "),
        r"can\1 ",
    ),
    # "do the police have the right to detain", "does he have grounds to ask"
    (
        R(
            rf"\b(?:do|does|did|would|will){_SUBJ} (?:have|has|get) (?:the |any )?(?:legal )?"
            r"(?:right|power|authority|grounds?|basis|option) to "
        ),
        r"can\1 ",
    ),
    # "were they within their rights to lock him up"
    (
        R(rf"\b(?:is|are|was|were|would){_SUBJ}(?: be)? within (?:their|his|her|its) rights to "),
        r"can\1 ",
    ),
    # "would the police be allowed to place", "are we allowed to seek"
    (
        R(
            rf"\b(?:is|are|am|was|were|would|will|could|might|may){_SUBJ}(?: be)? (?:legally )?"
            r"(?:allowed|permitted|able|free|authori[sz]ed|empowered) to "
        ),
        r"can\1 ",
    ),
    # "does the law let the police give bail", "do the rules allow him to"
    (
        R(
            r"\b(?:does|do|would|will|can) (?:the |chinese |china's )?(?:law|rules?|regulations?"
            r"|code|procedure) (?:let|allow|permit|entitle) "
        ),
        "can ",
    ),
    # "is he obliged to step aside", "are they required to revoke"
    (
        R(
            rf"\b(?:is|are|am|was|were)(?:n't)?{_SUBJ} (?:obliged|required|bound|obligated|compelled"
            r"|supposed|meant) to "
        ),
        r"must\1 ",
    ),
    # "do they have to revoke", "does the procuratorate need to arrest"
    (R(rf"\b(?:do|does|did|will|would)(?:n't)?{_SUBJ} (?:have|has|need|needs) to "), r"must\1 "),
    # "decide against arresting", "choose against approving": not to
    (
        R(r"\b(decide|decided|choose|chose|opt|opted) against (arrest|approv|detain)\w*"),
        r"\1 not to \2",
    ),
    # "... whether to arrest her. will they decide against it?": not to (the act named before)
    (R(r"\b(decide|choose|opt) against (?:it|that|this|doing (?:it|that|so))\b"), r"\1 not to"),
    # non-native "it is legal they hold him?", "is ok we see him?": can they hold him
    (
        R(
            rf"\b(?:it is|it's|is it) {_PERMIT} (?:that |if )?(?=(?:they|he|she|we|i|you|the|police"
            r"|my|his|her|our)\b)"
        ),
        "can ",
    ),
)
REQUIRED = "required|mandatory|obligatory"  # "required under the police rule?" asks "must"
# "is this allowed by rules?", "required under the police rule?"
BY_RULES = (
    r"(?: (?:by|under|in|according to) (?:the )?(?:(?:police|procuratorate|prosecutors?'?) )?"
    r"(?:rules?|law|regulations?|provisions?))?"
)
# "they want to detain him. can they?": a bare ask refers to the intention just stated
ELLIPTIC = R(
    r"(?<![\w'])(?:can|could|may|might|should|must|will|would) (?:they|he|she|we|i|you|it)"
    r"(?: (?:really|legally|lawfully|just|still|even|actually))?(?: do (?:that|this|so|it|(?:it )?like"
    r" (?:this|that)))?\s*\?"
    # the mark left off at the end: "... can they even do that"
    r"|(?<![\w'])(?:can|could|may) (?:they|he|she)(?: (?:really|legally|lawfully|even|actually))?"
    r" do (?:that|this|so|it)\s*$"
    r"|(?<![\w'])(?:do|does|did) (?:they|he|she|we|i|you)\s*\?"  # "... need approval. do i?"
    r"|(?<![\w'])(?:are|is) (?:they|he|she) (?:allowed|permitted) to (?:just |simply )?(?:go ahead"
    r"|carry on|continue|proceed)\s*\?|(?<![\w'])(?:can|could|may) (?:they|he|she) (?:just |simply "
    r"|still )?(?:go ahead|carry on|proceed|continue)(?: with (?:it|that|this))?\s*\?"
    r"|(?<![\w'])(?:is|would|will) (?:that|this|it) (?:even |really |actually )?(?:be )?(?:allowed|legal|lawful|permitted"
    r"|possible|ok|okay|permissible|an option)" + BY_RULES + r"\s*\?"
    # non-native "... two lawyers. is possible?": no subject
    r"|(?:^|(?<=[.?!;] )|(?<=[.?!;]))(?:is |it is |it's )?(?:allowed|legal|lawful|permitted|possible"
    r"|ok|okay|permissible|acceptable|" + REQUIRED + ")" + BY_RULES + r"\s*\?"
    # "the rules permit this?", "does the law allow that?"
    r"|(?:does |do )?(?:the )?(?:law|rules?|regulations?) (?:permit|allow)s? (?:this|that|it)\s*\?"
    # "... wants the prosecutors to hand it over. are they allowed to?"
    r"|(?<![\w'])(?:is|are|am) (?:they|he|she|we|i|you) (?:allowed|permitted|able)(?: to)?\s*\?"
)
INTENT = R(
    r"\b(?:wants?|wanted|plans?|planned|planning|intends?|intended|intending|going|trying|tried"
    r"|seeks?|seeking|sought|threaten(?:s|ed|ing)?|hopes?|hoping|decided|about|propos(?:e|es|ed)"
    r"|aims?|means?|asked|asking"
    # "came with papers to put him under surveillance ... they'll carry on. can they?"
    r"|(?:with|brought|showed|had|have|has) (?:the |a |an |some )?(?:papers?|warrant|orders?"
    r"|notice|decision|documents?))(?: the [\w-]+| them| him| her)? to ([a-z][^.?!;]{2,150})"
    # a claim reported before the bare ask: "they say the procuratorate will arrest him. will they?"
    r"|\b(?:they|the [\w-]+s?) (?:will|'ll|are going to|is going to|plan to|might|may|could)"
    r" ([a-z][^.?!;]{2,150})"
)


MODAL_ASK = R(r"(?:can|could|may|might|should|must|will|would) (?:they|he|she)\b")
REQUIRED_ASK = R(rf"(?:is |it is |it's )?(?:{REQUIRED})\b")
THAT_OK = R(
    r"(?<![\w'])(?:(?:is|would|will|it is|it's)(?: that| this)?(?: even| really| actually)? (?:be )?)?"
    r"(an option|\w+)\s*\?"
)
LAW_LETS = R(r"(?:does |do )?(?:the )?(?:law|rules?|regulations?) (?:permit|allow)s? ")
STATEMENT = R(r"[^.?!;]+[.!;]\s*$")
CONTRAST = R(r"\b(?:but|although|though|however|yet|whereas)\b")  # "that" is the last clause


# The acting bodies: a bare "can they?" or "legal??" asks about what they do, not about what
# the suspect or the family does ("my brother tried to run off. the cops cuffed him. legal??")
BODY = R(
    r"\b(?:they|them|the (?:police|cops?|officers?|procuratorate|prosecutors?|procurators?"
    r"|investigators?|detectives?|authorities|guards?)|police|cops?|officers?|prosecutors?"
    r"|procuratorate|investigators?|detectives?)\b"
)
ASKED_OF = R(r"(?:can|could|may|might|should|must|will|would|is|are|am) (he|she|we|i|you)\b")
CLAUSE = R(r"[.?!;,:]|\b(?:and|but|so|then|because|when|after|while)\b")
SENTENCE = R(r"[^.?!;]+[.!;]")


def _subject(text: str, at: int) -> str:
    """The words from the start of the clause up to `at` (the verb's subject)."""
    starts = [m.end() for m in CLAUSE.finditer(text, max(0, at - 80), at)]
    return text[starts[-1] if starts else max(0, at - 80) : at]


def _of_body(text: str, at: int) -> bool:
    return bool(BODY.search(_subject(text, at)))


LATER_ACT = R(
    r"\band (?:then |also |later )?((?:took|seized|confiscated|kept|searched|cuffed|handcuffed|held"
    r"|locked|made|refused|stopped|moved|sent|froze|questioned|interrogated|read|opened|went"
    r"|came|turned|told|asked|demanded|ordered)\b[^.?!;]*)$"
)


def _body_statement(text: str, end: int) -> tuple[int, str] | None:
    """The last sentence (of the three before `end`) whose subject is an acting body, and
    where it starts."""
    for s in list(SENTENCE.finditer(text, 0, end))[-3:][::-1]:
        said = " ".join(CONTRAST.split(s.group(0).strip().rstrip(".!;"))[-1].split())
        head = len(" ".join(said.split()[:5]))
        subject = BODY.search(said, 0, head)  # the body is the subject, up front
        if subject:
            # "that" is the last of two acts: "cops put him on house arrest and took his ID card"
            then = LATER_ACT.search(said, subject.end())
            return s.start(), f"{said[: subject.end()]} {then.group(1)}" if then else said
    return None


def _resolve_ellipsis(text: str) -> str:
    """A bare "can they?" or "is that allowed?" asked of the intention stated before it, or
    "is that lawful?" of the statement just before it ("he is held at a police hotel").
    Unless the ask names a person ("can he?"), an act the acting body is told doing after a
    person's intention is what is asked ("my brother tried to run off. the cops cuffed him.
    legal??" asks about the cuffing, not the running off)."""
    m = ELLIPTIC.search(text)
    if m is None:
        return text
    person = ASKED_OF.match(text, m.start())
    intents = list(INTENT.finditer(text, 0, m.start()))
    acted = None if person else _body_statement(text, m.start())
    last = intents[-1] if intents else None
    if last and acted and _person_intent(text, last) and acted[0] > last.start():
        last = None  # the body's act, told after the person's intention
    required = REQUIRED_ASK.match(text, m.start()) is not None
    if last and last.group(1) is None and not (MODAL_ASK.match(text, m.start()) or required):
        last = (
            None  # a claim echoed only by "will they?", "can they?"; "is that allowed?" checks it
        )
    if last:
        modal = "must" if required else "can"  # "they will seek arrest. required?"
        return f"{text[: m.start()]}{modal} they {(last.group(1) or last.group(2)).strip()}?{text[m.end() :]}"
    echoed = echo_duty(text, m.start())  # "... i need approval to meet him. do i?"
    if echoed is not None:
        return echoed
    that, before = THAT_OK.match(text, m.start()), STATEMENT.search(text, 0, m.start())
    word = "allowed" if LAW_LETS.match(text, m.start()) else that.group(1) if that else None
    if acted is not None and (word is None or word in MODALS):
        word = "allowed"  # "can they do that?", "are they allowed?" after the body's act
    if word is None or before is None:
        return text
    said = acted[1] if acted else CONTRAST.split(before.group(0).strip().rstrip(".!;"))[-1].strip()
    return f"{text[: m.start()]}is it {word} that {said}?{text[m.end() :]}"


MODALS = frozenset({"can", "could", "may", "might", "should", "must", "will", "would", "are"})


def _person_intent(text: str, intent: re.Match[str]) -> bool:
    """An intention whose subject is named and is not an acting body ("my brother tried to")."""
    subject = _subject(text, intent.start()).strip()
    return bool(subject) and not BODY.search(subject)


def canonical_ask(text: str) -> str:
    """The (cleaned) text with indirect asks rewritten as "can ..." or "must ...", and a bare
    ask ("can they?") completed with the intention stated before it; the odds and a claim to
    check (`router_indirect`) asked the same way."""
    text = statement_order(reword(text))
    for rx, repl in REWRITES:
        text = rx.sub(repl, text)
    return _resolve_ellipsis(text)
