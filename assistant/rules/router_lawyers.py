"""Topics about defence lawyers: meeting the client, one lawyer for several suspects, hiring
one in a state-secret case, how many (data; flat, linear-time; see `router_topics`)."""

from __future__ import annotations

import re


def words(*alternatives: str) -> re.Pattern[str]:
    """A word-bounded alternation of regex fragments (flat, so linear-time)."""
    return re.compile(r"\b(" + "|".join(alternatives) + r")\b")


LAWYER_TOPICS = {
    "lawyer_meeting": words(
        # a lawyer speaking of "my client": "my client is detained ... can I see him?"
        r"(my|our) client\b[^?]{0,120}\b(meet|see|visit)\w*",
        # "i'm representing peng, who is detained ... before i can meet him": the lawyer's voice
        r"(i'm|i am|we are|we're|i|we) (representing|represent|acting for|act for|defending)\b"
        r"[^?]{0,400}\b(i|we) (can |could |may )?(meet|see|visit)\w*",
        # "I am defence counsel for a suspect held in ... Do I need permission to meet him?"
        r"(i'm|i am|we are|we're) (a |the |his |her |their )?(defen[cs]e )?(counsel|lawyers?"
        r"|attorneys?)\b[^?]{0,300}\bto (meet|see|visit) (him|her|them|my client|our client)\b",
        r"(lawyer|attorney|counsel)[^.?!]{0,100}\b(meet\w*|see|visit\w*|interview)",
        r"(meet\w*|see|visit)[^.?!]{0,30}\b(lawyer|attorney)",
        # "a defence lawyer presents his papers ... by when must the meeting be arranged?"
        r"(lawyer|attorney|counsel)\b[^?]{0,300}\b(the|a|his|her) meeting (must |should |has to "
        r"|to |can )?(be )?(arranged|set up|scheduled|granted|allowed|held)",
        # "a meeting with my detained client"
        r"(meet\w*|see|visit\w*|interview\w*) (with )?(my|the|our|a) ([\w-]+ )?client",
    ),
    "shared_lawyer": words(
        r"(one|the same|a single|same) (lawyer|attorney|counsel|defen[cs]e lawyer|defender)",
        r"(share|sharing) (a|one|the same|their) (lawyer|attorney|counsel)",
        r"(lawyer|attorney|counsel) (for|to represent|to defend|representing|defending) (both|all|two)",
        # a lawyer asked to act for two suspects: "wants me to act for both"
        r"(act|acting|appear|appearing) for (both|all of them|the two|them both|each of them)",
        r"(represent|representing|defend|defending) (both|them both|the two|all of them)",
    ),
    "lawyer_hire": words(  # state-secret cases need approval to hire one (MPS Art. 41)
        r"(hire|hiring|retain\w*|engag\w+|instruct\w*|appoint\w*) (a |an |his |her |my |our )?"
        r"(own )?(lawyer|attorney|counsel|defen[cs]e lawyer|defender)",
        # "sign with the lawyer", "the contract with the lawyer is ready"
        r"sign(ed|ing)?( up)? with (a |an |the |his |her |my |our )?(lawyer|attorney|counsel)",
        r"(contract|agreement|engagement letter|retainer) with (a |an |the |his |her |my |our )?"
        r"(lawyer|attorney|counsel|law firm)",
        # the lawyer speaking: "my client said he wants to hire me"
        r"(wants?|wanted|asked|asks|wish\w*|decided|chose|chosen) to (hire|retain|engage|appoint"
        r"|instruct) (me|us|our firm)",
        # "his lawyer had to apply for approval before taking him on", "take on the case"
        r"(lawyer|attorney|counsel)\b[^.?!]{0,80}\b(take|takes|taking|took|taken) (him|her|them"
        r"|the case|his case|her case|the client) on",
        r"(lawyer|attorney|counsel)\b[^.?!]{0,80}\b(take|takes|taking|took|taken) on (him|her"
        r"|them|the case|his case|her case|the client)",
    ),
    "lawyer_count": words(
        r"(two|three|four|five|several|multiple|\d+|more than (one|two)) (defen[cs]e )?"
        r"(lawyers|attorneys|counsels|defenders)",
        r"a (second|third|fourth) (defen[cs]e )?(lawyer|attorney|counsel|defender)",
        r"(that|so|this) many (lawyers|attorneys)",
    ),
}
