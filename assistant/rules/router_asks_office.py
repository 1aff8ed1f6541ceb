"""Verdict frames of the rules on measures against particular people and on compelled
appearance (data; merged into `router_asks.FRAMES`): a people's congress deputy (whose
congress must permit a measure first), a CPPCC member (whose CPPCC is informed), and a
person compelled to appear for questioning. Every pattern is flat with bounded gaps.

Example:
    >>> bool(FRAMES["eligibility.cppcc_notice"].search("must they tell the cppcc first?"))
    True
"""

from __future__ import annotations

import re

from assistant.rules.router_modal import (
    ADJ,
    ADV,
    ELIGIBLE,
    MODAL,
    NEEDS_PERMISSION,
    SUBJ,
    TOPIC_ASKED,
)

R = re.compile
# "can they just arrest him?", "could they do that ...?", "can the police go ahead?"
MEASURE_VERB = (
    r"(just |simply |legally )?(arrest|detain|summon|hold|lock|put|place|take|force|compel|bring"
    r"|drag|do (that|this|so|it)|go ahead|proceed|act|be (arrested|detained|summoned|placed|put"
    r"|held|taken|compelled|forced|brought))\b"
)
# "was that allowed?", "is this legal?", "can they do that?": asked of what was just told
THAT_ALLOWED = (
    r"\b(was|is|would|will) (that|this|it) (be )?(allowed|legal|lawful|permitted|permissible|ok"
    r"|okay|proper|in order|possible)\s*\?|\b(can|could|may|are|is) (they|he|she|the police"
    r"|the procuratorate|the prosecutors?)( really| legally| lawfully)? (do (that|this|so|it)"
    r"|allowed to do (that|this|so|it))\s*\?"
    # "... only told the CPPCC afterwards. Lawful?": the adjective alone asks
    r"|(?:^|(?<=[.;:,!?\u2014-]))\s*(lawful|legal|allowed|permissible|ok|okay|proper|possible)\s*\?"
    # "OK that there was no detention certificate at the time?"
    r"|(?:^|(?<=[.;:,!?\u2014-]))\s*((is|was) it )?(lawful|legal|allowed|permissible|ok|okay|fine"
    r"|acceptable|proper) that\b[^.?!;]{0,100}\?"
)
TELL = r"(inform|notify|notifie|tell|told|contact|consult|report\w* to|let [\w' -]{1,30} know|warn)"
# "must they tell the CPPCC first?", "do they have to inform them beforehand?"
TELL_FIRST = (
    rf"\b(must|have to|has to|had to|need to|needs to|obliged to|required to|supposed to|should)"
    rf"\b[^.?!;]{{0,40}}?\b{TELL}\w*\b[^.?!;]{{0,60}}?\b(first|before(hand)?|in advance|ahead"
    r"|prior|earlier)\b"
    # "before they do that, must they first inform the CPPCC?": "first" before the verb
    rf"|\b(must|have to|has to|need to|needs to|obliged to|required to|supposed to|should)"
    rf"( (they|he|she|we|the police|the procuratorate))? (first|beforehand|in advance) {TELL}"
)
# "without telling the CPPCC", "tell the CPPCC afterwards", "before informing them"
TELL_WHEN = (
    rf"\b(without|before|prior to) (first )?{TELL}\w*|\b{TELL}\w*\b[^.?!;]{{0,40}}?"
    r"\b(afterwards|after(wards)?( the (fact|arrest|detention))?|later|at the same time)\b"
)
# "is prior notice to the CPPCC required before ...?": the notice named as a noun
NOTICE_FIRST = (
    r"\b(prior|advance|previous|pre-?) ?(notice|notification|warning)\b"
    r"|\b(notice|notification|informing|telling)\b[^.?!;]{0,30}\b(required|needed|necessary"
    r"|mandatory|obligatory|compulsory)\b[^.?!;]{0,40}\bbefore\b"
)
FORCIBLY = r"( forcibly| compulsorily| physically)?"
COMPELLED_NAME = (
    r"compelled appearance|compulsory (summons|appearance)|summons by force|forced appearance"
    r"|juchuan|ju chuan"
)
FRAMES: dict[str, re.Pattern[str]] = {
    "eligibility.deputy_permission": R(
        rf"{MODAL}{SUBJ}{ADV} (just |simply )?(arrest|detain|summon|hold|lock|put|place|take"
        r"|do (that|this|so|it)|be (arrested|detained|summoned|placed|put|held|taken))\b"
        rf"|{NEEDS_PERMISSION}|\b(permission|approval|consent)\b[^.?!;]{{0,20}}\?"
        r"|\b(allowed|permitted|lawful|legal|able) to (arrest|detain|summon|hold|put|place)\b"
    ),
    "eligibility.cppcc_notice": R(
        rf"{MODAL}{SUBJ}{ADV} {MEASURE_VERB}|{NEEDS_PERMISSION}|{TELL_FIRST}|{TELL_WHEN}|{NOTICE_FIRST}"
        r"|\b(permission|approval|consent)\b[^.?!;]{0,20}\?"
        r"|\b(allowed|permitted|lawful|legal|able) to (arrest|detain|summon|hold|put|place)\b"
        rf"|{THAT_ALLOWED}"
    ),
    "eligibility.compelled_appearance": R(
        rf"{MODAL}{SUBJ}{ADV}{FORCIBLY} (force|compel|make|drag|bring|take|haul|escort|fetch|issue"
        rf"|use|apply|order|summon|detain|get|be{FORCIBLY} (forced|compelled|dragged|brought|taken"
        r"|made|summoned|detained|hauled|escorted))\b"
        rf"|\b({COMPELLED_NAME})\b[^.?!;]{{0,40}}?\b{ADJ}\b"
        rf"|{ELIGIBLE} (for|to|of) [^.?!;]{{0,20}}?\b({COMPELLED_NAME})"
        r"|\b(allowed|permitted|lawful|legal|able|entitled) to (force|compel|make|drag|bring|take"
        rf"|haul|escort|fetch|summon|detain)\b|{THAT_ALLOWED}"
        + TOPIC_ASKED.format(obj=COMPELLED_NAME)
    ),
}
# Asked from the other side ("must they tell the CPPCC first?", "is permission needed?"):
# the verdict stays, its leading yes or no swaps (`asked_as`)
CONVERSE = {
    "eligibility.deputy_permission": R(NEEDS_PERMISSION),
    "eligibility.cppcc_notice": R(rf"{NEEDS_PERMISSION}|{TELL_FIRST}|{NOTICE_FIRST}"),
}
