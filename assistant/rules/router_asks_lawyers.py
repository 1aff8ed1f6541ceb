"""Verdict frames for the defence lawyer's questions (data; merged into `router_asks.FRAMES`):
whether hiring a lawyer needs approval (MPS Art. 37, SPP Rules Art. 146), how many
lawyers a suspect may have (SPP Rules Art. 146) and whether two suspects may share one
(MPS Art. 40, SPP Rules Art. 149), whether a lawyer needs permission to meet the client
(CPL Art. 39, MPS Art. 43). Flat patterns with bounded gaps, so matching
is linear.

Example:
    >>> bool(FRAMES["eligibility.lawyer_count"].search("can he hire three lawyers?"))
    True
"""

from __future__ import annotations

import re

from assistant.rules.router_lay import PERMIT
from assistant.rules.router_modal import ADV, MODAL, NEEDS_PERMISSION, SUBJ, R

HIRE = "hire|retain|appoint|engage|instruct|get|choose"
LAWYER = r"\b(lawyer|attorney|counsel|defender)s?\b"
FRAMES: dict[str, re.Pattern[str]] = {
    "eligibility.lawyer_hire_approval": R(
        rf"{MODAL}{SUBJ}{ADV} ({HIRE})\b[^.?!;]{{0,30}}?{LAWYER}[^.?!;]{{0,40}}?\b(without|before)\b"
        r"[^.?!;]{0,30}?\b(approv\w*|permission|consent)"
        r"|\b(need|needs|require\w*|must (get|obtain|have))\b[^.?!;]{0,30}?\b(approv\w*|"
        r"permission|consent)\b[^.?!;]{0,30}?\b(to|before|for) (hire|hiring|retain\w*|appoint\w*|"
        r"engag\w+|instruct\w*)"
        # "can she just sign with the lawyer now, or does someone have to approve it first?"
        rf"|{MODAL}{SUBJ}{ADV} ({HIRE}|sign( up)? with)\b[^.?!;]{{0,30}}?{LAWYER}[^.?!;]{{0,30}}?"
        r"\bor (does|do|must|will|would|should) \w+ ((have|need) to |must )?(approve|permit|authori[sz]e|sign off)"
    ),
    "eligibility.lawyer_count": R(
        rf"{MODAL}{SUBJ}{ADV} (hire|retain|appoint|engage|instruct|have|use|get|add)\b"
        r"|\b(allowed|permitted|entitled|able|possible|legal|ok|okay)\b[^.?!;]{0,40}?\b"
        r"(lawyers|attorneys|counsels|defenders|that many|so many)\b"
        r"|\b(how many|limit on( the number of)?|maximum( number of)?) (defen[cs]e )?"
        r"(lawyers|attorneys)\b"
    ),
    "eligibility.shared_lawyer": R(
        rf"{MODAL}{SUBJ}{ADV} (represent|defend|act for|take on|handle|share|use|have|hire|retain"
        r"|instruct|engage|be represented by|be defended by)\b"
        r"|\b(allowed|permitted|possible|ok|okay|legal)\b[^.?!;]{0,40}\b(same|one|single) "
        r"(lawyer|attorney|counsel)"
        # "can two brothers charged in the same case share a lawyer?": a long subject
        rf"|{MODAL}[^.?!;]{{0,60}}? (share|use the same|have the same|hire the same) (a |one )?"
        r"(lawyer|attorney|counsel)"
    ),
    "eligibility.lawyer_meeting_permission": R(
        rf"\bwithout [^.?!;]{{0,25}}?{PERMIT}|{NEEDS_PERMISSION}"
        # "can I see him at the detention centre without asking the investigators first?"
        rf"|{MODAL} (i|we)( still| really| now)? (meet|see|visit) (him|her|them|my client|our client)\b"
        rf"|{MODAL}{SUBJ}{ADV} (meet|see|visit)\b[^.?!;]{{0,50}}?\bwithout (asking|checking with"
        r"|clearing it with|telling|going through)"
        rf"|{MODAL}(?: (the|my|our|his|her|a|an))?(?: defen[cs]e)? (lawyer|attorney|counsel)s?{ADV}"
        r" (meet|see|visit)\b"
        r"|\b(allowed|permitted|able) to (meet|see|visit) (my|the|his|her|our) client"
        # "can the lawyer we hired go to the detention centre to meet him?"
        rf"|{MODAL}{SUBJ}{ADV} (go|come)\b[^.?!;]{{0,40}}\bto (meet|see|visit) (him|her|them"
        r"|my client|our client)\b"
    ),
}
