"""Word classes for reading facts as concepts: breaking bail or surveillance (data; see
`concepts`).

What a suspect did while on bail or under residential surveillance (SPP Rules Arts. 53-54,
68; MPS Provisions Arts. 78, 99): leaving the area, meeting people, missing a summons,
breaking the conditions. Phrases are compared as stems.

Example:
    >>> "another province" in BREACHES["elsewhere"]
    True
"""

from __future__ import annotations

from assistant.rules.concept_words import phrases as _w

BREACHES: dict[str, tuple[str, ...]] = {
    "leave": _w(
        "left, went to, gone to, go to, travelled, traveled, drove to, flew to, visited, trip to,"
        " moved to, took a train to, went off to, took off to, headed to, headed off to, ran off"
        " to, slipped off to, nipped over to"
    ),
    "elsewhere": _w(
        "another city, another county, another province, other city, other province, different"
        " city, different province, the next county, neighbouring city, neighboring city, out of"
        " town, abroad, the city, the county, the province, his hometown, her hometown"
    ),
    "meet": _w("met, meeting, meet, meets, saw, visited, had dinner with, got together with"),
    "unapproved": _w(
        "without approval, without permission, without getting approval, without getting"
        " permission, without asking, without telling, unauthorised, unauthorized, unapproved,"
        " not approved, without their approval, without the approval, without consent"
    ),
    "miss": _w(
        "missed, skipped, didn't show, did not show, failed to appear, failed to show, no-show,"
        " ignored, didn't turn up, did not turn up, didn't come, did not come, never showed"
    ),
    "summons": _w(
        "summons, summoned, hearing, appointment, questioning, interview, called in, report,"
        " reporting, check-in"
    ),
    "broke": _w(
        "violated, broke, breached, ignored, flouted, disobeyed, didn't follow, did not follow,"
        " failed to follow, didn't comply, did not comply, breaking, violating"
    ),
    "terms": _w("conditions, rules, terms, requirements, obligations, restrictions, curfew, order"),
}
