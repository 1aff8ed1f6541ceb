"""Negation scope for fact extraction: is a keyword inside a negated clause?

A fact keyword is negated when, in its own clause, a negation cue comes before it ("she is
NOT pregnant", "NO prior convictions", "NEVER violent", "NOTHING to do with state
security"), when it carries the prefix "non-" ("non-violent"), or when the clause denies
it right after ("violence was not involved", "pregnant? no", "gang involvement: none").

The scope of a cue runs to the end of its clause. A clause ends at . ; ! ? or a
contrast word ("but", "although", "however", "yet", "whereas"), and at "and" or a comma
that opens a new clause with its own subject ("..., she is breastfeeding"). Lists keep
the scope: in "not a repeat offender, violent or in a gang" all three are negated.
All patterns are flat, so matching is linear.

Example:
    >>> text = "she is not a repeat offender, and she is pregnant"
    >>> negated(text, text.index("repeat")), negated(text, text.index("pregnant"))
    (True, False)
    >>> negated("a non-violent fraud", 6)
    True
"""

from __future__ import annotations

import re

CUE = re.compile(  # "no matter what" concedes, it does not deny
    r"\b(not|no(?! matter\b)|never|neither|nor|none|nothing|nobody|no one|without|lacks?"
    r"|unrelated to|free of|isn't|wasn't|aren't|weren't|hasn't|hadn't|haven't|doesn't|didn't|don't|won't|cannot"
    r"|can't)\b|n't\b"
)
_SUBJECT = (
    r"(he|she|they|i|we|you|it|there|his|her|their|my|our|the (police|procuratorate|case|crime))"
)
BOUNDARY = re.compile(  # a colon opens a list: "nothing else: no previous trouble"
    r"[.;:!?]|\b(but|although|though|however|yet|whereas|except|because|since|given that|after)\b"
    # "what may not be in the file is that she is pregnant": a cleft's "is that" asserts
    r"|\b(is|was) that\b"
    rf"|(,|\band\b|\bor\b)\s+(also |then )?{_SUBJECT}\b"
    # "..., has full political rights": a comma or "and" before a new verb opens a new clause
    # "..., and the minor has pleaded guilty": "and" before a new subject and its verb
    r"|\band\s+(the|his|her|their|my|our)\s+(\w+\s+){0,2}?(has|have|had|is|was|are|were|will"
    r"|would|can|could|does|did)\b"
    r"|(\band|,)\s+(also )?(have|has|had|is|was|are|am|can|could|will|would|do|does|did|got"
    r"|gets|owns?|works?|lives?|earns?|holds?|enjoys?|keeps?)\b"
    # "won't tell us where, saying his accomplices could flee": a participle or relative
    # after a comma opens a clause of its own
    # "though I am no lawyer, that my uncle is ill", "not prison, only a fine": a that-clause
    # or an "only" after a comma opens a clause too
    r"|,\s+((?!(no|any|some|every)thing\b|during\b|including\b|being\b)\w+ing|which|who|so"
    r"|that|only|just|merely)\b"
    # a list typed without commas: "nothing to do with the case she owns her flat", "not
    # violent never been in trouble" (a new subject, or a second negation, after the phrase)
    r"|(?:(?<=\bcase)|(?<=\bit)|(?<=\bat all)|(?<=\bviolent)|(?<=\binvolved)|(?<=\bcrime))\s+"
    r"(?=(?:he|she|they|we|i)(?:'s|'re|'m|'ve)\s|(?:he|she|they|we|i) (?:has|have|had|is|are|was"
    r"|were|owns?|works?|lives?|earns?|enjoys?|never|can|will)\b|never\b)"
)
AFTER = re.compile(
    r"\s*(\?|:|-|—)?\s*(no|none|not really)\s*(?=[.,;!?]|$)"
    r"|[^.;!?,]{0,25}?\b(is|was|are|were|has been|have been)\s*(not|n't|never)"
    r" (involved|the case|true|an issue|a factor|present|alleged|suspected)\b"
)
# "we don't know whether he is sorry", "not sure if the baby is under one": the fact is
# raised but unsettled, so it is neither True nor False (the rule asks for it)
UNSURE = re.compile(
    r"\b(((don't|do not|doesn't|does not|didn't|did not|can't|cannot|couldn't|could not|no one"
    r"|nobody|never|won't|will not|wouldn't|would not|refused to|refuses to|declined to"
    r"|declines to) (has |have |had |can |could |will )?(really |honestly |actually |yet )?"
    # "the facts do not disclose whether", "the file does not show whether"
    r"(know|knows|knew|tell|told|say|said|sure|show|shows|disclose|state|mention|indicate)"
    # "the detectives are split on whether", "I haven't decided whether"
    r"|(split|divided) (on|over|about)|undecided|(haven't|have not|hasn't|has not) (yet )?decided"
    r"|(not|un) ?(sure|certain|clear)|unclear|unknown|no idea|(has|have|hasn't|haven't) yet to"
    r" (say|find out|decide)|not yet (known|clear|decided|settled|determined)"
    r"|nothing (is |was |has been )?(said|known|mentioned|stated|told))\b[^.;!?]{0,40}?"
    r"\b(whether|if|how|what|who)\b|whether or not|may or may not|might or might not"
    # a hedge: "the prosecutor, who may have worked on the case" (not "may have to")
    r"|\b(may|might) (well )?have (?!to\b))"
)
# a state hedged right before it: "she thinks she MIGHT BE pregnant", "PERHAPS seriously ill"
# (not a likely sentence, "he may be sentenced to three years", which is what the rules read)
HEDGE = re.compile(
    r"\b((might|may) (well |possibly )?be|maybe|perhaps|possibly"
    # "the police may treat her as one of the ringleaders": a view not yet taken
    r"|(might|may|could) (treat|consider|regard|see|class\w*|count|label) (him|her|them|me) as"
    # "his cardiologist says it might count as a serious illness"
    r"|(might|may|could) (count|qualify|pass) as"
    # "the bureau hinted the data may be classified as state secrets"
    r"|(might|may|could) (well |possibly )?be (classified|treated|considered|deemed|regarded|counted)"
    r" as"
    # "the case might involve state secrets": a kind of case not yet settled
    r"|(might|may|could) (possibly |well )?(involve|concern|relate to|touch on))"
    r"(\s+(a|an|the|one of the))?\s+$"
)
NOT_HEDGED = re.compile(r"(sentenced|jailed|imprisoned|given|facing|fined|punished)\b")
WINDOW = 80  # characters searched before the keyword (a negated list: "no escape, interference
# with witnesses, destruction of evidence or new offence")
UNSURE_WINDOW = 120  # a doubt may open a long clause
WHETHER = re.compile(r"\b(whether|if)\b")
TRAILING_UNKNOWN = re.compile(
    r"[^.?!;]{0,100}?[,\s-]+(i|we) (simply |just |really |honestly |still |actually )?(cannot|can't"
    r"|can not|don't|do not|couldn't|could not) (say|know"
    r"|tell)\b"
    # "whether it counts as a serious illness the doctors have not said", "whether the case is
    # urgent is disputed"
    r"|[^.?!;]{0,60}?\s(the \w+|they|he|she|nobody|no one) (have|has|had|did|do|does|will|would)"
    r"(n't| not) (yet )?(said|say|decided|confirmed|told us|determined)\b"
    # "whether bail would be enough ..., no idea, nobody's said"
    r"|[^.?!;]{0,100}?[,;\s-]+(no idea|nobody knows|no one knows|who knows|unclear|not sure)\b"
    # "whether that counts as a serious illness is exactly what they are arguing about"
    r"|[^.?!;]{0,60}?\s(is|are|was) (exactly |precisely |just )?(what('s| is)?|the (point|question"
    r"|issue)) [^.?!;]{0,40}?\b(argu\w+"
    r"|disagree\w*|disput\w+|fight\w*|quarrel\w*)\b"
    # "whether he is a suspect or a witness nobody has said"
    r"|[^.?!;]{0,60}?[,\s-]+(nobody|no one) (has|have|had) (yet )?(said|told us|confirmed|decided)\b"
    # "whether the case involves state secrets, nobody will say"
    r"|[^.?!;]{0,60}?[,\s-]+(nobody|no one) (will|would|can|could) (say|tell|confirm)\b"
    r"|[^.?!;]{0,60}?\s(is|are|was|were|remains?) (disputed|contested|unclear|unknown|not (yet )?"
    r"(known|clear|settled|established))\b"
)
TRAILING_DOUBT = re.compile(
    # "arrest her no matter what, pregnant or not": a concession, told neither way
    r"[^.?!;,]{0,20}?\bor not\b(?!\s+(?:only|just|even)\b)|"
    r"[^.?!;]{0,40}?(,\s*|\s+)(or )?(maybe not\b|(it )?(might|may) not\b(?=\s*[,.;!?-]))|[^.?!;]{0,40}?\bor not\b[,\s]+(i|we) (don'?t|do not)"
    r" know\b"
    # how grave it is, doubted later in the sentence: "she had a tumour, but I have no idea
    # whether it is serious", "a heart condition ... the doctor says it might be serious but
    # they are still running tests"
    r"|[^.?!;]{0,120}?\b(it|this|that|which) (might|may|could) (be|turn out to be) serious\b"
    r"|[^.?!;]{0,120}?\b(no idea|don'?t know|do not know|not sure|can'?t say|cannot say) (whether|if)"
    r" (it|that|this)('s| is| was) (really )?(serious|true|real)\b"
    # "... but we don't know whether doctors would call it serious"
    r"|[^.?!;]{0,120}?\b(no idea|don'?t know|do not know|not sure|can'?t say|cannot say) (whether|if)"
    r" [^.?!;]{0,40}?\b(it|that|this) (is |was )?(really |truly )?(serious|severe|grave)\b"
    r"|[^.?!;]{0,120}?\bstill (running|doing|waiting for|awaiting) (the |more )?(tests?|results"
    r"|diagnosis)\b"
    # a claim the writer disputes: "... claiming she ran the ring, which we dispute and nobody
    # has established", "..., which is unproven"
    r"|[^.?!;]{0,120}?\b(which|that|this) (we|i|she|he|they|the defen[cs]e) (disputes?|den(y|ies)"
    r"|contests?|challenges?)\b"
    r"|[^.?!;]{0,120}?\b(which|that|this|it) (is|was|has been|remains) (unproven|unproved|not proven"
    r"|not established|disputed|contested|denied)\b"
    # contradicted or doubted after a "but": "she says she has a serious heart condition, but
    # the doctor wrote that it isn't serious", "..., but some of us suspect he's exaggerating"
    r"|[^.?!;]{0,120}?\bbut\b[^.?!;]{0,60}?\b(it|this|that)('s| is| was)( not|n't) (that |really "
    r"|so |very )?(serious|severe|grave|bad|true)\b"
    r"|[^.?!;]{0,120}?\bbut\b[^.?!;]{0,60}?\b(exaggerat\w+|faking|making (it|this|that) up"
    r"|lying)\b"
    # "but would bail be enough instead? no idea", "..., the other said it wouldn't"
    r"|[^.?!;]{0,80}\?\s*((honestly|frankly),? )?(i )?((honestly|really) )?(no idea|no clue|not sure"
    r"|who knows|nobody knows|unclear|can'?t (tell|say)|cannot (tell|say)|(don'?t|do not) know)\b"
    # "... so it's urgent; others say that's rubbish"
    r"|[^.?!]{0,80}?\b(others|other people|some( people)?|the rest) (say|said|says|insist\w*) "
    r"(that's|that is|it's|it is) (rubbish|nonsense|not true|untrue|wrong)\b"
    r"|[^.?!]{0,80}?,\s*(but )?the other (one |officer |\w+ )?(said|says|thinks|claims)\b"
    # "he has a heart condition. honestly i don't know how serious it is"
    r"|[^.?!;]{0,40}[.!]?\s*[^.?!;]{0,30}?\b(no idea|don'?t know|do not know|not sure|can'?t say"
    r"|cannot say) how (serious|severe|bad|grave)\b"
    # "..., but nobody has confirmed that either way"
    r"|[^.?!;]{0,120}?\bbut (nobody|no one) (has |have |had )?(confirmed|said|established|verified)\b"
    # "claims to be seriously ill, but the medical evidence is disputed"
    r"|[^.?!;]{0,60}?\bbut (the |his |her |their )?[\w ]{0,25}?\b(evidence|diagnosis|reports?"
    r"|records?|claims?) (is|are|was|were|remains?) (disputed|contested|unproven|unclear|doubtful"
    r"|not (yet )?(proven|established|confirmed))\b"
    # the source doubts it: "a woman saw him there, but she is not sure", "a guy says he saw
    # him with a witness, but others say it wasn't him at all"
    r"|[^.?!;]{0,80}?\bbut (she|he|they|the [\w-]+)( herself| himself| themselves)? (is not|was not"
    r"|isn't|wasn't|are not|aren't|were not|weren't) (really |totally |completely |entirely |100% )?"
    r"(sure|certain)\b"
    r"|[^.?!;]{0,120}?\b(haven't|hasn't|have not|has not|didn't|did not) (given|offered|expressed"
    r"|formed|reached) (a |any )?(clear|firm|definite|final) (view|opinion|answer|diagnosis)\b"
    r"|[^.?!;]{0,120}?\bbut (others|other people|some( people)?|someone else|everyone else|the rest"
    r"|his friends|her friends) (say|said|says|claim\w*|insist\w*) (it|that) (wasn't|was not|isn't"
    r"|is not) (him|her|them|true)\b"
)
SHORT_WINDOW = 16  # for phrases that carry their own negation
# a request not yet answered: "they haven't said yes or no yet", "still waiting for an
# answer": whether it was granted is unknown, neither a yes nor a no
UNANSWERED = re.compile(
    r"\b(haven't|hasn't|have not|has not|not|never|didn't|did not)( yet)? (said yes or no|answered"
    r"|replied|responded|decided|got back to (us|me|him|her))\b|\bno (answer|reply|response|decision)"
    r" (yet|so far)\b|\bstill (waiting|wait) (for|on) (an? |the |their )?(answer|reply|response"
    r"|decision)\b"
)


# a mention about people in general, not the suspect: "bail is only for people who are
# seriously ill", "anyone who has a record"
SENTENCE_END = re.compile(r"[.?!]")
GENERIC = re.compile(
    r"\b(people|persons|those|anyone|anybody|someone|women|mothers|suspects|defendants)"
    r" (who|that) (are|is|have|has|were|was)( been)?( \w+)?\s+$"
)


def in_general(text: str, start: int) -> bool:
    """Whether the keyword at `start` is said of people in general in a statement ("a friend
    told us it is only for people who are seriously ill"), so it tells nothing about the
    person asked about. In the question itself the person is the one asked about ("can they
    detain someone who was caught red-handed?")."""
    if GENERIC.search(text, max(0, start - 40), start) is None:
        return False
    end = SENTENCE_END.search(text, start)
    return end is not None and end.group(0) != "?"


def clause_before(text: str, start: int, window: int = WINDOW) -> str:
    """The part of the keyword's clause that precedes it (at most `window` characters)."""
    lo = max(0, start - window)
    cut = lo
    # look a few characters past the keyword: in ", enjoys full rights" the boundary is the
    # comma plus the keyword's own verb
    for m in BOUNDARY.finditer(text, lo, min(len(text), start + 12)):
        if m.start() < start:
            cut = min(m.end(), start)
    return text[cut:start]


def negated(text: str, start: int, end: int | None = None, window: int = WINDOW) -> bool:
    """Whether the keyword at text[start:end] is negated in its clause.

    A phrase that is itself negative ("no record", "not in a gang") passes a short
    `window`, so that only a cue right before it ("it is NOT true she has no record")
    negates it, not the cue of an earlier list item ("no record, not in a gang").
    """
    before = clause_before(text, start, window)
    if window <= SHORT_WINDOW:  # "not violent, never been in trouble": two negatives listed
        before = before.rsplit(",", 1)[-1]
    if CUE.search(before) or re.search(r"\bnon[- ]?$", before):
        return True
    if end is None:
        return False
    return AFTER.match(text, end, min(len(text), end + 60)) is not None


def uncertain(text: str, start: int) -> bool:
    """Whether the keyword at `start` sits in a clause that says it is not known
    ("we don't know whether he feels any remorse", "not sure if the baby is under one"), or
    hedges it ("she might be pregnant")."""
    before = clause_before(text, start)
    if HEDGE.search(before) and not NOT_HEDGED.match(text, start):
        return True
    if said_unknown(text, start):
        return True
    return doubted_after(text, start)


def said_unknown(text: str, start: int) -> bool:
    """Whether the clause before the keyword at `start` says it is not known ("not sure if
    the sentence was 4 years ..."); the doubt may open a long clause ("we have no idea whether
    anyone identified him or whether anything was found on him")."""
    return UNSURE.search(clause_before(text, start, window=UNSURE_WINDOW)) is not None


def doubted_after(text: str, start: int) -> bool:
    """Whether the keyword at `start` is doubted after it: "maybe case involve state secret,
    maybe not, I don't know", "whether he might hide his papers, I cannot say", "whether
    there was really no time ... is disputed"."""
    if TRAILING_DOUBT.match(text, start):
        return True
    return bool(WHETHER.search(clause_before(text, start))) and (
        TRAILING_UNKNOWN.match(text, start) is not None
    )


def asked_part(text: str) -> str:
    """The sentences that ask (end in "?"), or the whole text when none does: "we hired a
    lawyer. can he see him?" tells the hiring and asks something else."""
    asked = re.findall(r"[^.?!]*\?", text)
    return " ".join(asked) if asked else text


def join_prefix(text: str) -> str:
    """Split glued "non" prefixes ("nonviolent" -> "non-violent") so keywords match."""
    return re.sub(r"\bnon(?=[a-z]{5})", "non-", text)
