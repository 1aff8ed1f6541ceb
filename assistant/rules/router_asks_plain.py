"""More verdict frames: the plain and lay ways of asking a rule's question (data; merged into
`router_asks.FRAMES`), and the guarantor frame (kept here for the module's size).

Each entry adds alternatives to a rule's frame: a lay verb ("lock her up" for an arrest for a
breach, "decide no arrest"), a hiring asked around a modal ("approve the lawyer before we can
hire one"), a number of lawyers wanted, a record that "gets hidden away", a minor's
non-prosecution asked from the other side ("do they have to prosecute him?"), conditional
non-prosecution named by its effect ("a probation-type chance instead of charging him").
Every pattern is flat with bounded gaps, so matching is linear.

Example:
    >>> bool(EXTRA["eligibility.lawyer_count"].search("my father wants two lawyers"))
    True
"""

from __future__ import annotations

import re

from assistant.rules.facts_everyday import DETAINED_TOLD, FETCH_TOLD
from assistant.rules.router_lay import HIDDEN, PERMIT
from assistant.rules.router_modal import ADJ, ADV, DETAIN, ELIGIBLE, MODAL, NEEDS_PERMISSION, SUBJ

R = re.compile
# conditional non-prosecution named by its effect: a chance or a trial period instead of a charge
CNP_LAY = (
    r"(probation|(second |last )?chance|trial period|test period|supervision|conditions)"
    r"[^.?!;]{0,20}?\binstead of (charging|prosecuting|taking [\w-]+ to court|a trial|going to "
    r"(court|trial)|being (charged|prosecuted))"
)
# "do they have to prosecute him?": the minor's non-prosecution asked from the other side
MUST_PROSECUTE = (
    r"\b(do|does|will|would|must|should|are|is)( [\w-]+){0,3}? (have to |has to |need to |going to "
    r"|gonna |required to |obliged to )?(?<!not )(?<!n't )(prosecute|charge|take [\w-]+ to court)"
    # the question ends there ("... charge him?"): not "charge him as an adult / with theft"
    r"( (him|her|them|my [\w-]+|our [\w-]+|the (boy|girl|kid|child|minor)))?( at all| anyway| now)?"
    r"(?=\s*[?.])"
)
GUARANTOR_WORD = r"(guarantor|surety|vouch\w*)"
REQUIRED = rf"\b{PERMIT}\b[^.?!;]{{0,40}}?\b(required|needed|necessary)\b"
GUARANTOR = R(
    rf"{MODAL}{SUBJ}{ADV} (be|act as|serve as|become|stand as|sign as|qualify as)"
    r" (a |an |his |her |their |the |my )?([\w-]+'s )?(guarantor|surety)"
    rf"|({ELIGIBLE}|allowed|permitted|able) (to be|to act as|to serve as|to become|as|for)"
    r" (a |an |the |his |her )?(guarantor|surety)"
    r"|(guarantor|surety)[^.?!;]{0,30}?\b(qualif\w*|eligible|acceptable|accepted)"
    # "I'd like to stand as guarantor ... . Do I qualify?": the ask in a later sentence
    r"|(guarantor|surety)\b[^?]{0,300}?\b(do|can|would|will) (i|we|he|she|they) (qualify|be "
    r"accepted|be eligible|count)\b"
    rf"|{MODAL}{SUBJ}{ADV} be the (person|one) (who|to) (guarantee|vouch)"
    # "they need a guarantor. his buddy offered but ... does that work?"
    r"|(guarantor|surety)\b[^?]{0,200}?\b(offer\w*|volunteer\w*|wants? to|willing|stepped up)\b"
    r"[^?]{0,200}?\b(does|would|will|is|can) (that|this|it|he|she) (work|count|do|be ok|be okay|be"
    r" fine|be accepted|ok|okay|fine|acceptable|enough)\s*\?"
    # "can my uncle, who was stripped of his rights after a conviction, be a surety?"
    rf"|{MODAL}[^.?!;]{{0,120}}?\b(be|act as|serve as|become) (a |an |his |her |my |the )?"
    r"(guarantor|surety)( for (him|her|them|[\w-]+ [\w'-]+))?\s*\?"
    r"|(guarantor|surety)\b[^?]{0,300}?\b(can|could|may) (he|she|they|i|we) (be|do it|do that"
    r"|be (the|that) (one|person))\s*\?"
    rf"|{MODAL}{SUBJ}{ADV} (vouch|stand|sign|act) [^.?!;]{{0,30}}?\b(guarantor|surety)"
    # elliptic: "my brother as guarantor for my bail?"
    r"|\b(my|his|her|our|their|a|the) [\w'-]+ as (a |the |my |his |her )?(guarantor|surety)"
    r"( for [^.?!;]{0,30})?\s*\?"
    # "could my uncle vouch for him?", "can he guarantee my father's bail?", "would the
    # police accept my mum as his guarantor?", "good enough to be a surety?"
    rf"|{MODAL}{SUBJ}{ADV} (vouch for|guarantee|stand (bail|surety) for) (him|her|them|[\w-]+"
    rf"( [\w'-]+)?)\b|{MODAL}{SUBJ}{ADV} (be )?(accept\w*|approv\w*|taken|allow\w*)( [\w' -]{{1,30}}?)?"
    r" as (a |an |his |her |their |the )?(guarantor|surety)"
    r"|\b(good enough|suitable|fit|acceptable) (to be|to act as|to serve as|as|for) (a |an |his "
    r"|her |the )?(guarantor|surety)"
    r"|(guarantor|surety|vouch\w*)\b[^?]{0,300}?\b((does|do) (he|she|they|i|we) qualify"
    r"|(is|are|am|would|will) (he|she|they|i|we)( still)? (be )?"
    r"(eligible|qualified|acceptable|suitable|allowed)|(would|will|could|can|do|does) (the "
    r"police|they|the procuratorate|the prosecutors?) accept (me|him|her|them|us))\b"
    # a guarantor told, then asked about as "that": "is that a problem?", "does that rule him
    # out?", "would that disqualify her?", "would the police be happy to take him?"
    rf"|{GUARANTOR_WORD}\b[^?]{{0,300}}?\b(is|would|will|could|does|might|can) (that|this|it)"
    r"( going to| gonna)?( be| make| cause| pose| create)?( an?| any)? (problem|issue|obstacle|(dis)?qualif\w+|rule (him|her|them|me|us) out"
    r"|count against|matter|stop (him|her|them|me|us)|get in the way)\b"
    rf"|{GUARANTOR_WORD}\b[^?]{{0,300}}?\b(would|will|could|do|does|might) (the police|they"
    r"|the cops|cops|the procuratorate|the prosecutors?)( be)?( happy| willing| ok| okay)?( to)? "
    r"(accept|take|go for|agree to|approve|ok|okay) (him|her|them|me|us)\b"
    # "will the police agree to the brother being his guarantor?"
    rf"|{MODAL}{SUBJ}{ADV} (agree to|go for|accept|take|approve|allow)\b[^.?!;]{{0,40}}?"
    r"\b(guarantor|surety)"
)
# terse noun asks, shared with the eligibility cue (router_cues.ELIG_CUE)
MANDATORY = "mandatory|compulsory|automatic|obligatory"
ONE_LAWYER = (
    r"(?:one|the same|a single|same|a shared) (?:lawyer|attorney|counsel) for (?:both|all|the two"
    r"|each)(?: of (?:us|them))?"
)
# a bare noun phrase asked: "Mandatory arrest?", "One lawyer for both of us?"
TERSE = r"(?:^|(?<=[.!?;]))\s*"
TERSE_ARREST = (
    rf"{TERSE}(?:(?:is it |is that |is there )?(?:an? )?)?(?:{MANDATORY}|required)? ?(?:arrest"
    r"|detention)(?: now| then| for (?:this|that|it))?\s*\?"
)
# an arrest for a breach is also asked as being locked up again ("r they gonna lock her up"),
# or tersely: "slipped out once. mandatory arrest?"
BREACH_ARREST = R(f"{DETAIN.pattern}|{TERSE_ARREST}")
EXTRA: dict[str, re.Pattern[str]] = {
    "eligibility.detention": R(DETAINED_TOLD),
    "eligibility.compelled_appearance": R(FETCH_TOLD),
    "eligibility.arrest_for_bail_breach": BREACH_ARREST,
    "eligibility.arrest_for_surveillance_breach": BREACH_ARREST,
    # "can the procuratorate decide no arrest for her?" (non-native)
    # ... or "could they let it go because she's so ill?" (the arrest named before)
    "eligibility.arrest_exemption": R(
        rf"{MODAL}{SUBJ}{ADV} (decide|choose|opt|agree)( on)? no (arrest|detention)\b"
        rf"|{MODAL}{SUBJ}{ADV} (let it go|let it slide|let (her|him) off|drop it|leave it)\b"
    ),
    # "is prior permission from the congress required?"
    "eligibility.deputy_permission": R(REQUIRED),
    # "can we ask for somebody else to handle it?" (a ground told before)
    "eligibility.recusal": R(
        rf"{MODAL}{SUBJ}{ADV} (keep|continue|carry on|go on|stay on)\b[^.?!;]{{0,30}}?\b(investigat\w*"
        r"|running|handling|working|in charge|the case)"
        rf"|{MODAL}{SUBJ}{ADV} (ask|request|demand|get|have)( for)? (somebody|someone|anybody|anyone)"
        r" else\b"
        # "is he allowed to be the prosecutor on it?" (a ground told before)
        rf"|{MODAL}{SUBJ}{ADV} (allowed to |permitted to )?(be|act as|serve as|stay|remain)( as)? "
        r"(the )?(prosecutor|procurator|investigator|officer|detective|judge)s? (on|in|for|of|handling)\b"
    ),
    "eligibility.recusal_pending": R(
        rf"{MODAL}{SUBJ}{ADV} (stopped|halted|suspended|paused|put on hold|frozen)\b"
    ),
    "eligibility.shared_lawyer": R(
        r"\b(permissible|acceptable|allowed|permitted|possible|ok|okay|legal)\b[^.?!;]{0,80}\b(same"
        r"|one|single|a shared) (lawyer|attorney|counsel)"
        # "family wants me to act for both. permissible?" (the bare ask adopts the request)
        r"|\b(act|acting|appear|represent|defend)\w* for (both|all of them|the two|them both)\b"
        r"[^.?!;]{0,40}\?"
        rf"|{TERSE}{ONE_LAWYER}\s*\?"
        r"|\b(represent|defend)\w* (both|them both|the two|all of them)\b[^.?!;]{0,40}\?"
    ),
    # "may the procurator arrange a family meeting?"
    "eligibility.juvenile_family_meeting": R(
        rf"{MODAL}{SUBJ}{ADV} (arrange|allow|permit|grant|set up)\b[^.?!;]{{0,20}}?\b(meeting|visit"
        r"|call)s?\b"
        # "can the prosecutor arrange for his parents to meet him?"
        rf"|{MODAL}{SUBJ}{ADV} (arrange|allow|permit|let|get) (for )?([\w'-]+ ){{1,3}}?to (visit|see"
        r"|meet|call|phone|talk to)\b"
    ),
    # "do we need the police to approve the lawyer before we can hire one?"
    "eligibility.lawyer_hire_approval": R(
        r"\b(need|needs|require\w*|must (get|obtain|have))\b[^.?!;]{0,30}?\b(approv\w*|permission"
        r"|consent)\b[^.?!;]{0,30}?\b(to|before|for)( (we|i|you|they|he|she) (can|could|may))? "
        r"(hire|hiring|retain\w*|appoint\w*|engag\w+|instruct\w*)"
        # "can I just hire a lawyer now, or do I need someone's approval first?"; "... wants to
        # hire a lawyer. can she do that without anyone's approval?"
        r"|\b(hire|retain|appoint|engage|instruct|get)\b[^.?!;]{0,40}?\b(lawyer|attorney|counsel"
        r"|defender)s?\b[^?]{0,60}?\b(need|needs|require\w*)\b[^.?!;]{0,20}?\b(approv\w*|permission"
        r"|consent)"
        rf"|{MODAL}{SUBJ}{ADV} do (that|this|it|so) without (anyone's |anybody's |any |an |the "
        r"|their |official |prior )?(approv\w*|permission|consent)"
        # "she needs their approval before she can hire a lawyer. do we really need it?"
        r"|\b(do|does|did|must) (we|i|they|she|he|you)( really| actually| still| even)? (need|have to"
        r" get) (their|the police'?s?|anyone'?s|an?|any|official|its|prior) (approval|permission"
        r"|consent)\b"
        # "or do the police have to approve the lawyer first?"
        rf"|{MODAL}{SUBJ}{ADV} (have to |need to |first )?(approve|authori[sz]e|vet|sign off on)"
        r" (the |a |our |my |his |her |any |which )?(lawyer|attorney|counsel|defender|hiring)"
    ),
    # "my father wants two lawyers. is it possible?"
    "eligibility.lawyer_count": R(
        r"\b(want|need|hire|have|get|use|retain|like|put|assign|send)\w*( to (hire|have|get|use|put"
        r"|assign|send|retain|instruct|engage|appoint))? (two|three|four|five|[2-9]|several|multiple"
        r"|more than (one|two)) (defen[cs]e )?(lawyers|attorneys)\b"
    ),
    # "will that conviction follow him forever or does it get hidden away?"
    "eligibility.record_sealing": R(
        rf"{MODAL}{SUBJ}{ADV} (be |get )?{HIDDEN}( away| off| out)?\b"
        # "my record, it is sealed automatically?"
        rf"|\b(it|record|file|conviction)s? (is|are|gets?) (automatically |then )?{HIDDEN}"
        r"( automatically)?\s*\?"
    ),
    "eligibility.juvenile_non_prosecution": R(MUST_PROSECUTE),
    "eligibility.conditional_non_prosecution": R(
        rf"{MODAL}{SUBJ}{ADV} (get|be given|give [\w-]+|offer [\w-]+|receive)[^.?!;]{{0,20}}?"
        rf"{CNP_LAY}|{ELIGIBLE} (for|to|of) [^.?!;]{{0,20}}?{CNP_LAY}"
    ),
    # "they put him under residential surveillance but he's kept in a room at the police
    # station. is that allowed?" (asked as "is it allowed that he's being kept in ...")
    "eligibility.surveillance_place": R(
        rf"\b{ADJ}\b[^.?!;]{{0,25}}?\b(kept|confined|housed|locked up|staying|living|do it|doing"
        r" it)\b"
        r"[^.?!;]{0,30}?\b(in|at|inside)\b"
        # "is that a lawful place for it?", "whether the place they are holding him is lawful"
        rf"|\b{ADJ} (place|location|venue|address)\b"
        rf"|\b(place|location|venue|premises)\b[^.?!;]{{0,40}}?\b(is|was) (really |even )?{ADJ}\b"
    ),
}


# asked from the other side: "do they have to prosecute him?" -> "No — generally not" (asked_as)
CONVERSE = {
    "eligibility.juvenile_non_prosecution": R(MUST_PROSECUTE),
    "eligibility.deputy_permission": R(rf"{NEEDS_PERMISSION}|{REQUIRED}"),
}


def with_plain(frames: dict[str, re.Pattern[str]]) -> dict[str, re.Pattern[str]]:
    """`frames` with each rule's plain alternatives added."""
    out = dict(frames)
    for rid, extra in EXTRA.items():
        out[rid] = R(f"{out[rid].pattern}|{extra.pattern}") if rid in out else extra
    return out
