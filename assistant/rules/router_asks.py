"""Verdict frames: does the question really ask a rule's eligibility question? (data)

A topic word plus "can" is not enough: "can he use a phone under residential surveillance?"
names the measure but asks about life under it, not whether it may be imposed. A frame ties
the modal to the measure through a verb that asks for it ("can she GET bail", "could he BE
PLACED under residential surveillance", "should they APPROVE the arrest") or an adjective
("is bail POSSIBLE", "ELIGIBLE for bail"). Every pattern is flat with bounded gaps, so
matching is linear.

Example:
    >>> asks("eligibility.bail", "can my wife get bail? she is pregnant")
    True
    >>> asks("eligibility.bail", "can the police keep my phone while i am on bail?")
    False
"""

from __future__ import annotations

import re

from assistant.rules.router_asks_acts import FRAMES as ACT_FRAMES
from assistant.rules.router_asks_lawyers import FRAMES as LAWYER_FRAMES
from assistant.rules.router_asks_office import FRAMES as OFFICE_FRAMES
from assistant.rules.router_asks_plain import GUARANTOR, with_plain
from assistant.rules.router_cues import DEADLINE_CUE
from assistant.rules.router_exam import FRAMES as EXAM_FRAMES
from assistant.rules.router_lay import HIDDEN, OPENED
from assistant.rules.router_leave import FRAMES as LEAVE_FRAMES
from assistant.rules.router_modal import (
    ADJ,
    ADV,
    ARREST,
    BAIL,
    DETAIN,
    ELIGIBLE,
    FUTURE,
    GRANT,
    LIMITS,
    MODAL,
    SUBJ,
    SURV,
    TOPIC_ASKED,
    R,
    measure,
)
from assistant.rules.router_visitors import FRAMES as VISITOR_FRAMES

OFFICIAL = r"(prosecutor|procurator|investigator|officer|detective|judge)s?"
FRAMES: dict[str, re.Pattern[str]] = with_plain(
    {
        **LIMITS,
        **OFFICE_FRAMES,
        **ACT_FRAMES,
        **EXAM_FRAMES,
        **VISITOR_FRAMES,
        **LEAVE_FRAMES,
        "eligibility.bail": measure(BAIL, "bail"),
        "eligibility.surveillance": measure(SURV, "confine|keep (him|her|them) to|house[- ]arrest"),
        "eligibility.arrest": ARREST,
        "eligibility.arrest_for_bail_breach": ARREST,
        "eligibility.arrest_for_surveillance_breach": ARREST,
        "eligibility.detention": DETAIN,
        "eligibility.guarantor": GUARANTOR,
        "eligibility.recusal": R(
            rf"{MODAL}{SUBJ}{ADV} (ask|request|apply|demand|seek|file|move|have|get)[^.?!;]{{0,40}}?"
            r"\b(recus\w*|withdraw\w*|step (aside|down)|disqualif\w*|replace\w*|remov\w*|taken off)"
            rf"|{MODAL}{SUBJ}{ADV} (have to |be required to |need to )?(recuse|withdraw|step (aside|down)"
            r"|be (replaced|removed|disqualified|taken off|pulled off))"
            rf"|{ELIGIBLE} (to|for) (a |an )?(different|new|another|other) {OFFICIAL}"
            r"|\b(grounds?|reasons?|basis|right) (for|to) [^.?!;]{0,20}?(recus\w*|withdraw\w*|disqualif\w*"
            r"|remov\w*|replac\w*|taken off)"
            rf"|{MODAL}{SUBJ}{ADV} (object to|challenge) (him|her|them|the (investigator|officer|detective"
            r"|prosecutor|procurator|judge)s?)\b"
            rf"|{MODAL}{SUBJ}{ADV} (ask|request|apply|demand|seek|get|have)\b[^.?!;]{{0,20}}?\b(a |an )?"
            r"(different|new|another|other) (prosecutor|procurator|investigator|officer|detective)"
            # "should a prosecutor who investigated the case as a police officer step aside?"
            rf"|{MODAL} (a|an|the|my|our|his|her|this|that) {OFFICIAL}\b[^.?!;]{{0,120}}? (be (asked|made"
            r"|told|required) to )?(recuse|withdraw|step (aside|down)|be (replaced|removed|disqualified"
            r"|taken off))\b|\b(is|are|was|were) (he|she|they|the \w+) (disqualified|barred|excluded)\b"
            rf"|{MODAL}{SUBJ}{ADV} (take|pull|kick|move) (a|the|that|this|our|my|his|her) ([\w-]+ )?"
            rf"{OFFICIAL} off\b"
            rf"|{MODAL}{SUBJ}{ADV} (replace|remove|swap( out)?|change|disqualify|take [\w-]+ off) (a|an|the"
            rf"|that|this|our|my|his|her) ([\w-]+ )?{OFFICIAL}"
            rf"|\b(recusal|withdrawal|disqualification)\b[^.?!;]{{0,30}}?\b{ADJ}\b"
            + TOPIC_ASKED.format(obj="recusal|withdrawal|disqualification")
        ),
        "eligibility.record_sealing": R(
            rf"{MODAL}{SUBJ}{ADV} (going to |gonna )(be |get )?{HIDDEN}"
            rf"|{FUTURE}{SUBJ}{ADV} (be |get )?({HIDDEN}|seal|expunge|clear)"
            # "does that mean his record gets sealed?"
            rf"|\b(record|file|conviction)s? (gets?|will get|is|are) {HIDDEN}\s*\?"
            # elliptic: "theft at 16, sentenced 3 yrs. record sealed?"
            rf"|^[^?]{{0,200}}?\b(record|file|conviction)s? {HIDDEN}\s*\?"
            r"|(sealing|expunge\w*)[^.?!;]{0,30}?\b(apply|applies|possible|available|eligible)"
            r"|\b(eligible|qualif\w*) (for )?[^.?!;]{0,20}?(sealing|sealed)"
        ),
        "eligibility.record_unsealing": R(
            rf"{MODAL}{SUBJ}{ADV} (be |get )?({OPENED}|unseal|re-?open|lift\w*)"
        ),
        "eligibility.conditional_non_prosecution": R(
            rf"{MODAL}{SUBJ}{ADV} {GRANT}\b[^.?!;]{{0,30}}?\b(conditional|(on|with|subject to) conditions)"
            rf"|{ELIGIBLE}( now| still| already| even)? (for|to|of) [^.?!;]{{0,30}}?\bconditional"
            rf"|conditional[^.?!;]{{0,60}}?\b({ADJ[1:-1]}|apply|applies)"
            rf"|{MODAL}{SUBJ}{ADV} (decide|agree|choose|make|reach|take|issue|do|use|offer|give)[^.?!;]{{0,30}}?"
            r"\bconditional"
            # the measure named before: "... talk about conditional non-prosecution. can he get
            # this?", "can they really do that instead of prosecuting him?"
            rf"|{MODAL}{SUBJ}{ADV} (get|have|be given|receive|qualify for) (this|that|it)\s*\?"
            rf"|{MODAL}{SUBJ}{ADV} do (that|this|it|so) instead of (prosecuting|charging|a trial"
            r"|going to (court|trial)|taking [\w-]+ to court)"
            # non-native "is possible procuratorate decide not to prosecute her with conditions?"
            rf"|\b({ADJ[1:-1]}|can|could|will|would|may|might)\b[^.?!;]{{0,50}}?\bnot (to )?prosecute\b"
            r"[^.?!;]{0,20}?"
            r"\b(with|on|subject to) conditions"
            + TOPIC_ASKED.format(obj=r"conditional non-?prosecution")
        ),
        "eligibility.conditional_np_revocation": R(
            rf"{MODAL}{SUBJ}{ADV} (have to |be required to |need to |be obliged to |now )?"
            r"(revoke|cancel|rescind|overturn|withdraw|undo|reverse"
            r"|be (revoked|cancell?ed|canceled|rescinded|withdrawn|overturned|reversed|lifted))\b"
            r"|\b(revocation|revok\w+|cancel\w+)\b[^.?!;]{0,40}?\b(required|mandatory|compulsory"
            r"|automatic|possible|likely|inevitable)\b"
            r"|\b(must|have to|has to|obliged to|required to) [^.?!;]{0,30}?\b(revoke|cancel|rescind)\b"
        ),
        "eligibility.arrest_exemption": R(
            rf"{MODAL}{SUBJ}{ADV} (decide |choose |agree |opt |elect )?(not to|to not) "
            r"(arrest|approve|detain)"
            # "can the procuratorate decline to arrest her on that ground?"
            rf"|{MODAL}{SUBJ}{ADV} (decline|refuse|forgo|forego) (to )?(arrest|approv\w*)"
            r"|\b(spared|exempt\w*) (from )?(arrest|being arrested)\b"
            rf"|\barrest\b[^?]{{0,120}}?{MODAL}{SUBJ} (decide|choose|opt) (not to|to not)\s*[?.]"
            rf"|{MODAL}{SUBJ}{ADV} (avoid|escape|be spared) (arrest|being arrested)\b"
            # "could they hold off on arresting her?", "let him off the arrest", "not arrest her"
            rf"|{MODAL}{SUBJ}{ADV} (hold off( on)?|let [\w-]+ off|skip|spare [\w-]+( from)?|not)"
            r" (the |an |his |her )?(arrest\w*|approv\w* (the |an |his |her )?arrest)\b"
        ),
        **LAWYER_FRAMES,
        "eligibility.juvenile_probation": R(
            rf"{MODAL}{SUBJ}{ADV} (recommend|suggest|propose|seek|request|ask[^.?!;]{{0,20}}? for)"
            r"[^.?!;]{0,30}?\b(probation|suspended sentence)"
            rf"|{MODAL}{SUBJ}{ADV} (get|be given|receive) (probation|a suspended sentence)"
            # "will the prosecutor ask the court to give him probation?"
            rf"|{MODAL}{SUBJ}{ADV} (ask|urge|tell|request|recommend to) (the )?(court|judge)s? (to )?"
            r"(give|grant|apply|impose|allow|consider)\b[^.?!;]{0,20}?\b(probation|suspended sentence)"
            rf"|{ELIGIBLE} (for|to|of) [^.?!;]{{0,20}}?(probation|suspended sentence)"
            r"|(probation|suspended sentence)[^.?!;]{0,40}?\b(possible|available|likely|an option)"
        ),
        "eligibility.juvenile_non_prosecution": R(
            rf"{MODAL}{SUBJ}{ADV} (decide not to (prosecute|charge)|(not be|be not|not) (prosecuted|charged)|drop (the )?"
            r"(case|charges?)|be spared( from)? prosecution|not (prosecute|charge)|(avoid|escape) (prosecution"
            r"|being prosecuted|charges)|(get|receive|be given|obtain) (a )?non-?prosecution"
            r"|not (take|bring) [\w-]+ to court)"
            r"|non-?prosecution[^.?!;]{0,30}?\b(possible|available|likely|apply|applies)"
            # "whether the non-prosecution rules for minors can help him"
            r"|non-?prosecution (rules?|provisions?)\b[^.?!;]{0,30}?\b(help|benefit|cover|protect)s?\b"
            rf"|{ELIGIBLE} (for|to|of) [^.?!;]{{0,20}}?(non-?prosecution|no prosecution|not being prosecuted)"
            # "non-prosecution for a 16-year-old first offender ... - is that possible?"
            r"|non-?prosecution\b[^.?!;]{0,160}?(,|:| -|\u2014|\u2013)\s*(is (it|that|this) |would (it|that)"
            rf" be )?{ADJ}\s*\?"
        ),
        "eligibility.juvenile_family_meeting": R(
            rf"{MODAL}{SUBJ}{ADV} (visit|see|meet|call|phone|talk to)\b"
            r"|\b(allowed|permitted|able) to (visit|see|meet|call|phone|talk to)\b"
        ),
    }
)


ASKING = R(r"[^.?!]*\?")
BARE = R(
    r"\s*(?:and |but |so )?(?:can|could|may|will|would|should|must|is|does|do|did) (?:he|she|they|it|i|we"
    r"|that|this)(?: (?:just|really|legally|lawfully|even|actually|simply))?"
    r"(?: (?:do (?:that|this|so|it)(?: to (?:him|her|them|me|us))?|be (?:allowed|possible)|allowed"
    r"|possible|happen|work|count|qualify|ok|okay|fine|legal|valid))?(?: (?:at this (?:stage|point)|now|here|at all|in (?:this|his|her|their|our"
    r"|my) (?:case|situation)|under the (?:law|rules)))?\s*\?"
    # "is that something they can lawfully do for him?"
    r"|\s*(?:and |but |so )?is (?:that|this|it) (?:something|a thing|an option) (?:that )?(?:they"
    r"|he|she|we|i) (?:can|could|may|are allowed to)(?: \w+ly)? do(?: (?:for|to|with) (?:him|her"
    r"|them|me|us))?\s*\?"
)
PREVIOUS = R(r"[^.?!]+[.!]")


def asks(rule_id: str, text: str) -> bool:
    """Whether the (cleaned) text asks the verdict question of `rule_id`.

    When the text asks something ("?"), the frame must end in a sentence that asks: "no one
    is able to act as guarantor. can they use residential surveillance?" states the first
    frame and asks the second. Rules without a frame (the family-notice exception, whose
    router test already needs a negated duty) are taken as asked.
    """
    frame = FRAMES.get(rule_id)
    return True if frame is None else frame_asked(frame, text)


def frame_asked(frame: re.Pattern[str], text: str) -> bool:
    """Whether a match of `frame` ends in a sentence that asks (or the text asks nothing)."""
    spans = [(m.start(), m.end()) for m in ASKING.finditer(text)]
    # "... is asking whether he can get bail. can he?": the bare ask adopts the sentence before,
    # or the one before that ("they want 3 lawyers. he is detained. is that allowed?")
    spans += [
        (p.start(), p.end())
        for a, _ in spans
        if BARE.fullmatch(text, a, _)
        for p in PREVIOUS.finditer(text, 0, a)
    ][-2:]
    return any(not spans or any(a < m.end() <= b for a, b in spans) for m in frame.finditer(text))


# Words that show a duration question is about something no deadline rule computes
# ("how many days a WEEK can we visit", "how long does LEGAL AID take", "how long do I
# have to complain about the BEATING"), checked in the sentence that asks "how long".
OFF_DEADLINE = R(
    r"\b(legal aid|a week|a month|per (week|month|day)|each (visit|call|meeting)"
    r"|visits? (last|take)|how often|beat\w*|tortur\w*|abus\w*|compensation|medical"
    r"|doctor|letters?|phone calls?)\b"
    # seized things returned: "when will I get them back?" (no rule computes it)
    r"|\b(get|getting|have|having) (them|it|my [\w-]+|his [\w-]+|her [\w-]+|our [\w-]+|the "
    r"[\w-]+) back\b|\b(phone|laptop|computer|car|belongings|property|things|documents|passport"
    r")s? (returned|given back)\b"
)
# Eligibility rules with many listed grounds: without a single fact stated, a bare "can
# they arrest someone at night?" asks about the power in general, not this rule's verdict;
# so does "can they refuse to arrest a foreigner?" for the humanitarian exemption.
FACT_GATED = frozenset(
    {"eligibility.arrest", "eligibility.detention", "eligibility.arrest_exemption"}
)


def deadline_asked(text: str) -> bool:
    """Whether a sentence asking "how long / by when" asks about a computable deadline."""
    asking = [p for p in re.split(r"[.?!;]", text) if DEADLINE_CUE.search(p)]
    return not asking or not all(OFF_DEADLINE.search(p) for p in asking)
