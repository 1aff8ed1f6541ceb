"""Building blocks of the verdict frames (data; see `router_asks`): the modal that opens a
yes/no question, the subject between it and the verb, the verbs and adjectives that ask for
a measure, and the frames of the rules on limits (where residential surveillance is carried
out, whether an investigation stops, who may see a sealed record). Every pattern is flat
with bounded gaps, so matching is linear.

Example:
    >>> bool(re.search(MODAL + SUBJ + " get", "can my wife get bail?"))
    True
"""

from __future__ import annotations

import re

from assistant.rules.router_lay import (
    AT_HOME_INSTEAD,
    HOLD_TAIL,
    HOME_WATCH,
    LAY_GRANT,
    PERMIT,
    UNTIL_TRIAL,
)

R = re.compile
# "who can apply for bail?" asks who may act, not whether someone qualifies
NOT_WH = r"(?<!who )(?<!whom )(?<!where )(?<!how )(?<!what )"
FUT = r"(can|could|may|might|will|would|should|shall|must)"
# "shouldn't he be taken off the case?", "can't they let her out?", "won't they ...?"
ANY = r"((can|could|may|might|will|would|should|shall|must|is|are|am|does|do|did)(n't|'t)?|won't|cannot)"
# A yes/no question puts the modal first ("CAN she get bail?"); a premise stated with the
# subject first ("mothers can never be arrested, correct?") is not the question asked.
# Indirect questions keep the subject first after "whether"/"if" ("... whether she can").
START = r"(?:^|(?<=[.?!,;:(\"\u2013\u2014-])\s*|\b(?:and|but|so|then|or|please|also|now)\s+)"
# a time clause before the question, no comma: "when they catch him can they arrest him?"
TIME_CLAUSE = r"\b(?:when|once|after|as soon as)(?: [\w'-]+){1,6}? "
INDIRECT = r"\b(?:whether|if)(?: [\w'-]+){1,5}? "
# "surely they can let him out on bail?": a premise put as a question, asked all the same
SURELY = r"\b(?:surely|presumably|i (?:assume|suppose|guess|hope|take it))(?: [\w'-]+){1,3}? "
MODAL = (
    rf"(?:{START}{NOT_WH}{ANY}|{INDIRECT}{FUT}|{TIME_CLAUSE}{FUT}"
    rf"|{SURELY}(?:{FUT}(?:n't|'t)?|cannot|(?:has|have|needs?|ought) to))\b"  # "surely he has to stop"
)
FUTURE = rf"(?:{START}{NOT_WH}{FUT}|{INDIRECT}{FUT})\b"
SUBJ = r"(?: [\w'()-]+,?){0,6}?"  # the subject: a few words ("my daughter (15)") before the verb
# a hedge between the subject and the verb: "can the police JUST hold him like that?"
ADV = r"(?: (?:still|really|possibly|legally|lawfully|even|also|then|ever|just|simply|actually))?"
GRANT = (
    r"(get|be granted|be given|be released|be let out|be placed|be put|be allowed|be offered"
    r"|be allowed out|allowed out|be let out|let out|get out|go free|be freed"
    r"|receive|obtain|apply for|ask for|request|qualify|grant|give|offer|allow|approve|release"
    r"|let [\w-]+ out|release [\w-]+ on|let [\w-]+ go on|let [\w-]+ (walk )?free on"
    r"|place|put|impose|order|use|(switch|chang|mov|transfer)\w*( [\w'-]+){0,3}? (to|into|onto)"
    r"|be moved to|be changed to"
    r"|consider|recommend|propose|agree to|be considered for|be offered|" + LAY_GRANT + ")"
)
ADJ = (
    r"(possible|available|an option|allowed|permitted|lawful|legal|likely|applicable|justified"
    r"|warranted|permissible|on the table|realistic|feasible|open to)"
)
ELIGIBLE = (
    r"\b(eligible|qualif\w*|entitled|a candidate|chances?|possibility|prospects?|options?"
    r"|too old|too young)"
)


SOMEONE = r"(someone|somebody|anyone|anybody|a person|people|a suspect|suspects|a man|a woman)"
# "... a smuggling case. Bail?", "Conditional non-prosecution for a 16-year-old?": the
# measure alone (or "for" someone) is the whole question
TOPIC_ASKED = (
    r"|(?:^|(?<=[.!?:\u2014\u2013]))\s*(?:and |so |then |what about |how about |any chance of )?"
    r"(?:{obj})\b(?: for [^.?!;]{{0,80}})?(?: then| now| possible)?\s*\?"
)


# the gap between the verb and the measure: "can he use his phone WHILE under residential
# surveillance?" names the measure as the time of something else, not as what is asked for
GAP = r"(?:(?!\b(?:while|whilst|during)\b)[^.?!;]){0,30}?"


def measure(obj: str, verb: str = "") -> re.Pattern[str]:
    """Frames asking whether a measure (bail, residential surveillance) may be granted; `verb`
    is the measure used as a verb ("could the police BAIL him?")."""
    as_verb = (
        rf"|{MODAL}{SUBJ}{ADV} ({verb}) (him|her|them|me|us|my|his|our|the|out|a|an|someone)\b"
        rf"|{MODAL}{SUBJ}{ADV} (be|get) {verb}ed\b"
        if verb
        else ""
    )
    return R(
        rf"{MODAL}{SUBJ}{ADV} {GRANT}\b{GAP}\b({obj}){as_verb}"
        # "can someone suspected of spying for another country get bail?": a generic person
        # described at length
        rf"|{MODAL} {SOMEONE}\b[^.?!;]{{0,60}}? {GRANT}\b{GAP}\b({obj})"
        rf"|{ELIGIBLE}( now| still| already| even)? (for|to|of) [^.?!;]{{0,30}}?\b({obj})"
        rf"|\b({obj})\b[^.?!;]{{0,40}}?\b{ADJ}\b"
        # "they are thinking about residential surveillance for him. is that something they
        # can do?": the measure considered, asked by the bare question after it
        r"|\b(?:thinking (?:about|of)|considering|talking about|discussing|weighing|proposing)\s+"
        rf"(?:putting [\w-]+ (?:under|on) )?'?({obj})\b"
        # "is residential surveillance something they can legally do for her?"
        rf"|\b({obj}) (?:really |even )?(something|a thing|an option|a measure|a step)\b"
        r"[^.?!;]{0,40}?\b(can|could|may|might|are allowed to|is allowed to)\b"
        rf"|\bany (way|chance|hope|possibility)\b[^.?!;]{{0,30}}?\b({obj})"
        # "bail for a violent offender, can the police allow it?"
        rf"|\b({obj})\b[^?]{{0,80}}?\b(can|could|would|will|may) [\w ]{{0,20}}?(allow|grant|approve"
        r"|permit|give|offer) (it|that)\b"
        rf"|\b{ADJ} (to|for [\w' -]{{1,30}}? to) {GRANT}\b[^.?!;]{{0,30}}?\b({obj})"
        # "police bail for a man who has done time for robbery - possible?"
        rf"|\b({obj})\b[^.?!;]{{0,160}}?(,|:| -|\u2014|\u2013)\s*(is (it|that|this) |would (it|that)"
        rf" be )?{ADJ}\s*\?" + TOPIC_ASKED.format(obj=obj)
    )


BAIL = r"bail|qubao|release pending trial|released pending trial|" + UNTIL_TRIAL
# the measure, also in lay words ("home surveillance", "confined to her home")
SURV = (
    r"residential surveillance|house arrest|surveillance at (home|residence)"
    r"|home (surveillance|confinement|detention)"
    r"|(confined|restricted) to (his|her|their|my|our|the) (own )?(home|house|flat|apartment)|"
    + AT_HOME_INSTEAD
    + "|"
    + HOME_WATCH
)
# "is it legal that the police are holding him?": a bare ask resolved to the act just told
# (`router_frames._resolve_ellipsis`), its lawfulness asked
THAT_ACT = rf"\b(?:is|was) it {ADJ} that [^.?!;]{{0,60}}?\b"
# asking for someone's arrest: "seek his arrest", "have him arrested", "ask for her to be arrested"
SEEK = r"(seek|request|ask for|apply for|push for|press for|order|approve)"
ARREST = R(
    rf"{MODAL}{SUBJ}{ADV} (arrest|be arrested|get arrested|(approve|sign off on|agree to|go ahead"
    r" with|okay|ok|green-?light)[^.?!;]{0,20}?\barrest\w*)\b"
    rf"|{MODAL}{SUBJ}{ADV} ({SEEK} (his|her|their|the|an) arrest|(have|get) [\w-]+ arrested"
    r"|(ask|apply|push|press) for [\w-]+ to be arrested)\b"
    rf"|{ELIGIBLE} (for|to|of) [^.?!;]{{0,15}}?\barrest|\b(grounds?|enough|sufficient|conditions?)"
    rf" (for|to) (an |the )?(arrest|approv\w+)"
    rf"|\barrest\b[^.?!;]{{0,30}}?\b{ADJ}\b|{THAT_ACT}(arrest(ing|ed)? (him|her|them|my|his)"
    r"|(want\w*|ha(ve|s|d)|get\w*|got) (him|her|them) arrested)\b"
    # a memo's issue: "whether an application for approval of arrest is required", "whether
    # to apply for approval of his arrest"
    r"|\b(application|request|petition) (for|seeking) (the )?approv\w+ (of|for) (an |the |his |her )?"
    r"arrest\b[^.?!;]{0,12}\b(required|needed|necessary|warranted|justified|called for|due)\b"
    r"|\bwhether (to|it should|they should|we should|the \w+ should) (apply|request|seek|ask) (for )?"
    r"(the )?approv\w+ (of|for) (an |the |his |her )?arrest\b"
)
DETAIN = R(
    rf"{MODAL}{SUBJ}{ADV} (detain|be detained|get detained|lock [\w-]+ up|be locked up"
    r"|keep [\w-]+( [\w-]+)? (locked up|in custody|behind bars)"
    rf"|(hold|keep|put|place) [\w-]+ in ([\w-]+ )?(detention|custody)"
    rf"|take [\w-]+ into custody|be taken into custody"
    # "were they allowed to take him and keep him like that?" (asked as "can they ...")
    r"|take (him|her|them)( away)? and (keep|hold) (him|her|them))\b"
    # "are they allowed to hold him?": the bare hold asked
    rf"|\b(can|could|may|might) (they|the police|the procuratorate|the prosecutors){ADV} (hold|keep)"
    rf" (him|her|them){HOLD_TAIL}\s*\?"
    rf"|\b(grounds?|enough|sufficient|conditions?) (for|to) (detain|detention)"
    rf"|\bdetention\b[^.?!;]{{0,30}}?\b{ADJ}\b"
    rf"|{THAT_ACT}(detain(ed|ing)?|hold(ing)?|held|lock(ed|ing)? [\w-]+ up|keep(ing)?|kept) (him|her"
    r"|them|my|his|her)\b"
)
CUSTODY = (
    r"(detention (cent(er|re)|house|room|facility)|police station|cells?|jail|prison|lock-?up"
    r"|police (premises|base|office|building))"
)
CONTINUE = (
    rf"{MODAL}{SUBJ}{ADV} (continue|keep|carry on|go on|proceed|remain|stay)\b[^.?!;]{{0,30}}?"
    r"\b(investigat\w*|working|work|handling|handle|the case|on the case|in charge|questioning"
    r"|interrogat\w*|collecting|gathering)"
)
# "do I NEED permission to meet him?" asks whether a bar applies, the converse of "can the
# lawyer meet him (without permission)?"; "without" is the converse's own word
NEEDS_PERMISSION = (
    r"\b(need|needs|require\w*|must [\w ]{1,20}? (get|obtain|have)|(has|have) to (get|obtain"
    rf"|have|ask for|seek)) [^.?!;]{{0,40}}?{PERMIT}"  # "the investigating agency's permission"
    rf"|\b{PERMIT} (is |be |are )?(required|needed|necessary)\b"
    # "the police need the congress to agree first"
    r"|\b(need|needs|require|requires) (the |its |their |his |her )?[\w' ]{1,30}? to (agree|approve"
    r"|consent|sign off|give (its |their )?(ok|okay|permission|approval))\b"
)
# Frames that ask a rule's question from the other side: the verdict is the same, its "yes"
# and "no" swap (`asked_as`)
CONVERSE = {
    "eligibility.recusal_pending": R(CONTINUE),
    "eligibility.lawyer_meeting_permission": R(NEEDS_PERMISSION),
}
LIMITS = {
    # "is residential surveillance allowed to be carried out there?", "can they keep him at
    # the detention centre under residential surveillance?"
    "eligibility.surveillance_place": R(
        rf"\b{ADJ}\b[^.?!;]{{0,20}}?\b(be )?(carried out|executed|held|served|enforced"
        r"|implemented|conducted|done)\b[^.?!;]{0,30}?\b(in|at|there|inside)\b"
        rf"|{MODAL}{SUBJ}{ADV} (keep|hold|detain|lock [\w-]+ up|put|place) [\w'-]+( [\w'-]+)?"
        rf" (in|at) (a |the |an )?([\w'-]+ ){{0,3}}{CUSTODY}[^.?!;]{{0,40}}surveillance"
        rf"|{MODAL}{SUBJ}{ADV} (be )?(carried out|executed|held|served|enforced|done)\b"
        r"[^.?!;]{0,30}?\b(in|at|there|inside)\b"
        rf"|{THAT_ACT}(keep|hold|detain|lock|put|place)\w* [\w'-]+\b[^.?!;]{{0,40}}?\b(in|at|inside)"
        rf" (a |the |an )?([\w'-]+ ){{0,3}}{CUSTODY}"
        # "can they carry out the residential surveillance in a room at the police station?"
        rf"|{MODAL}{SUBJ}{ADV} (carry out|execute|hold|enforce|conduct|do|run) [^.?!;]{{0,40}}?"
        r"surveillance\b[^.?!;]{0,20}?\b(in|at|inside)\b"
        # "they're not allowed to do it there, are they?"; "is that allowed for residential
        # surveillance?" (a way of carrying it out, told before)
        rf"|\b{ADJ} to (do|carry out|run|hold) (it|this|that) (there|in there|in a [\w-]+|at a [\w-]+)"
        rf"|\b(is|are|was) (that|this|it) {ADJ} (for|under|as|with|in) (a |the )?(residential )?"
        r"surveillance\b"
    ),
    # "do its investigators have to stop working on the case?" (rewritten "must ... stop")
    # ... and from the other side: "may the detective keep investigating?" (CONTINUE)
    "eligibility.recusal_pending": R(
        rf"{MODAL}{SUBJ}{ADV} (stop|halt|suspend|pause|freeze|down tools|put( [\w-]+){{1,3}} on hold|be (stopped"
        rf"|halted|suspended|paused|put on hold))\b|{CONTINUE}"
    ),
    # "can the procuratorate give me his criminal record, or confirm he has one?"
    "eligibility.sealed_record_access": R(
        rf"{MODAL}{SUBJ}{ADV} (give|provide|show|release|disclose|hand over|share|confirm|tell|send"
        r"|let [\w-]+ (see|look at|have|check|read|access))\b"
        rf"|{MODAL}{SUBJ}{ADV} (see|access|look at|check|obtain|get|read|view|inspect|find out"
        r" about)\b[^.?!;]{0,30}?\b(record|file|criminal history|conviction)"
        # "get the record sealed" asks for the sealing itself
        r"(?! (sealed|expunged|cleared|erased|wiped|removed|hidden|deleted))"
        # "can the company get the procuratorate to show them my sealed record?"
        rf"|{MODAL}{SUBJ}{ADV} (get|make|ask|have|force)\b[^.?!;]{{0,40}}?\b(give|provide|show"
        r"|release|disclose|hand over|share|send)\b[^.?!;]{0,30}?\b(record|file)"
    ),
}
