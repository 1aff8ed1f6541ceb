"""Topic patterns for the arrest-approval steps (data; flat, linear-time).

The police asking the procuratorate to approve an arrest (MPS Art. 117, SPP Rules Arts.
98-99), the approval (SPP Rules Art. 100), its refusal (SPP Rules Art. 101; MPS Arts.
118-121) and the procuratorate's examination-and-arrest review of the cases it
investigates itself (SPP Rules Art. 111). Merged into `router_topics.TOPICS`.

Example:
    >>> bool(ARREST_TOPICS["arrest_not_approved"].search("the prosecutors refused to approve the arrest"))
    True
"""

from __future__ import annotations

from assistant.rules.router_lawyers import words
from assistant.rules.router_lay import NOT_APPROVED_LAY

ARREST_TOPICS = {
    "arrest_not_approved": words(
        r"(refused|declined|did not|didn't|not) (to )?approve (the |his |her )?arrest",
        r"arrest (was )?(not approved|refused|disapproved)",
        r"refus\w+ to approve (the |an |his |her )?arrest",
        r"(non-?|dis)approval of (the |an |his |her )?arrest",
        r"(arrest )?non-?approval (decision|notice)",
        r"(not|un|non)[- ]?approved arrest",
        r"(refus\w+|den\w+|reject\w+|turn\w* down) (the |an |our |their |his |her )?"
        r"(arrest approval|request for arrest|arrest request|approval of (the )?arrest)",
        r"arrest approval (was )?(refused|denied|rejected|turned down)",
        r"decision (not to|to not) approve (the |an |his |her )?arrest",
        r"refus\w+ (the |an |his |her |my |our )arrest",
        # "refused the police's request to arrest my ex-husband"
        r"(refus\w+|den\w+|reject\w+|turn\w* down) (the )?(police'?s?|their|its) request (to|for)"
        r" (approv\w+ )?(the |an |his |her |my |our )?arrest",
        r"(won't|wouldn't|will not|would not) approve (the |an |his |her )?arrest",
        r"(refused|rejected|denied|disapproved) arrest( request| approval)?",
        *NOT_APPROVED_LAY,  # "refused to approve my son's arrest", "turned down the arrest of"
    ),
    "arrest_request": words(
        r"(ask|asks|asking|request|requests|requesting|apply|applies|applying|submit\w*|send|sends|"
        r"sending|refer\w*|seek\w*)[^.?!]{0,40}\b(approv\w+|approval)( of| for)?"
        r"( the| an| his| her| their)? arrest",
        r"(request|requesting|ask for|apply for|seek)( the| an| his| her| their)? arrest",
        # the asker's act, whoever is asked: "ask prosecutors for arrest approval"
        r"(ask|asks|asking|request\w*|apply|applies|applying|submit\w*|send|sends|sending|refer"
        r"\w*|seek\w*|petition\w*)[^.?!]{0,40}\bfor (an |the |his |her |their )?arrest approval",
        "arrest request",
        r"examination[- ]and[- ]arrest (department|review)",
        r"(send|sends|sending|refer\w*|transfer\w*)[^.?!]{0,40}\barrest review",
        # "go to the prosecutors about arresting him": the police's request, in lay words
        r"(go|goes|going|turn|turns|take|takes|taking|bring|brings|hand|hands)\b[^.?!]{0,25}"
        r"\bto (the )?(prosecutors?|procuratorate)\b[^.?!]{0,25}\barrest(ing)?\b",
    ),
    "arrest_review": words(  # the procuratorate's own cases: SPP Rules Art. 111
        r"(examination|review)[- ](and|&)[- ]arrest (department|dept|division|office|section)",
        r"arrest[- ]review (department|dept|division|office|section)",
    ),
    "arrest_approval": words(
        r"approv\w+ (the |his |her |their |an |my |our )?([\w-]+'s )?arrest",
        # "hold him without an arrest approval" asks how long the detention lasts
        r"(?<!without )(?<!without an )(?<!without the )arrest approval",
        r"request\w* (for )?(approval|to approve)",
    ),
}
