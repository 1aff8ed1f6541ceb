"""Topic and cue patterns for routing chat questions to rules (data; flat, linear-time)."""

from __future__ import annotations

import re

from assistant.rules.facts_compelled import COMPELLED
from assistant.rules.facts_cppcc import CPPCC
from assistant.rules.facts_deputy import DEPUTY
from assistant.rules.facts_everyday import COMPELLED_LAY, MINOR_AGE, PARTY_AGED, TEEN_WORD
from assistant.rules.facts_words import LEAVE
from assistant.rules.router_acts import ACT_TOPICS
from assistant.rules.router_arrest_topics import ARREST_TOPICS
from assistant.rules.router_asks_plain import CNP_LAY, MUST_PROSECUTE
from assistant.rules.router_exam import EXAM_TOPICS
from assistant.rules.router_lawyers import LAWYER_TOPICS, words
from assistant.rules.router_lay import (
    BAIL_LAY_TOPIC,
    DETAIN_LAY,
    DETAIN_TAKEN,
    NOT_PROSECUTED,
    REVOKE_WORDS,
    SEAL_LAY_TOPIC,
    UNSEAL_LAY_TOPIC,
)
from assistant.rules.router_leave import LEAVE_TOPICS
from assistant.rules.router_modal import SURV
from assistant.rules.router_recusal import RECUSAL
from assistant.rules.router_visitors import VISITOR_TOPICS

R = re.compile
# the news kept from the family: "can they keep it from his wife?" (MPS Art. 108, SPP Art. 80)
KEPT_FROM = (
    r"(keep|kept|keeping|hide|hid|hiding|withhold\w*) (it|this|that|the (news|arrest|detention)|his "
    r"(arrest|detention)|her (arrest|detention)) from (us|me|the family|his family|her family"
    r"|relatives|his wife|her husband|his parents|her parents)"
)


MINOR_SUBJECTS = ("circumstances", "crime", "offence", "offense", "case", "injury", "injuries",
                  "damage", "harm", "role", "part", "loss", "amount", "matter")  # fmt: skip
TOPICS = {
    **LAWYER_TOPICS,
    **ACT_TOPICS,  # interpreter, warrant, restraints, search, identity (rules6)
    **EXAM_TOPICS,  # an examination of a person, an investigation experiment
    **VISITOR_TOPICS,  # meeting people under residential surveillance
    **LEAVE_TOPICS,  # a trip on bail or under surveillance, taken out of custody (rules7)
    "detention": words(
        r"detain\w*",
        "detention",
        r"(taken|took( [\w-]+){1,2}) into (police )?custody",
        "locked up",
        r"picked up( by)?",
        r"picked (him|her|them|\w+ \w+) up",
        r"hauled (\w+ )?in",
        r"held by (the )?(police|procuratorate|prosecutors?)",
        r"(took|taken|brought) ([\w-]+ ){1,2}to the (police )?station",
        *DETAIN_TAKEN,  # "the cops took my brother", "police take my husband"
        *DETAIN_LAY,
    ),
    "arrest": words(r"arrest(ed|s|ing)?"),
    "deputy": DEPUTY,  # a people's congress deputy (SPP Rules Arts. 79, 93; MPS Arts. 140-142)
    "cppcc": CPPCC,  # a member of a CPPCC committee (MPS Arts. 143-144)
    "arrest_event": words(
        r"(was|were|been|got|is|being) (formally |officially |finally )?arrested",
        r"after (his |her |the |their )?arrest",
        r"arrested (on|at|yesterday|today|last|this)",
    ),
    "compelled": R(f"{COMPELLED.pattern}|{COMPELLED_LAY}"),  # MPS 60-62, SPP 32-35
    "summons": words(r"summon\w*", "called in for questioning"),
    "bail": words(
        r"bail(ed|ing)?",
        "qubao",
        r"releas\w*( [\w-]+){0,2} pending (the |his |her )?trial",
        BAIL_LAY_TOPIC,
    ),
    "surveillance": words(SURV),  # the names its verdict frames use
    "no_filing": words(
        "no[- ]filing",
        r"(not|won't|didn't|refus\w*|declin\w*) (to )?(file|register|open|accept)\w* (the |a |my |our )?"
        r"(case|complaint|report)",
        r"case (was )?not (filed|registered|opened)",
    ),
    "non_prosecution": words(*NOT_PROSECUTED, MUST_PROSECUTE),  # and "do they have to prosecute?"
    # "decided not to prosecute him on conditions" names the same decision
    "conditional": words("conditional(ly)?", r"(on|with|subject to) conditions", CNP_LAY),
    "supplementary": words(
        "supplementary investigation",
        r"(returned|sent back)[^.?!]{0,50}(further|supplementary|additional|more|extra) "
        r"investigation",
        # "sent the file back to the police for more investigation"
        r"(return\w*|sen[dt]\w*|g[ai]ve|hand\w*|pass\w*) [^.?!]{0,40}\bback\b[^.?!]{0,60}"
        r"\b(more|further|extra|additional) (investigat\w+|inquir\w+|evidence)",
    ),
    "recusal": RECUSAL,
    "guarantor": words(
        "guarantor",
        "surety",
        r"(person|one) (who )?(guarantees?|vouch\w*)",
        r"guarantee\w* [^.?!]{0,25}\bbail",
        r"vouch\w* for",
    ),
    "family_meeting": words(
        r"family (meeting|visit|call)s?",
        r"(meet|see|visit|call|phone|talk to)[^.?!]{0,30}\b(my|our|his|her) ([\w-]+ )?"
        r"(son|daughter|child|kid|boy|girl)",
        r"(meet|see|visit|call|phone|talk to) (him|her)",
        # a sibling asking: "set up a visit or a phone call with my parents"
        r"(visit|meeting|call)s? (with|from|by) (my|our|his|her|their) ([\w-]+ )?(parents|mum|mom"
        r"|dad|father|mother|family|relatives|guardians?)",
    ),
    "permission": words(r"permission", r"approv\w+", "without asking"),
    "notify": words(
        r"(notif\w+|notice|tell|told|inform\w*|contact\w*)[^.?!]{0,40}\b"
        r"(family|relatives|wife|husband|parents|mother|father|us|me)",
        r"(family|relatives|next of kin|wife|husband|parents)[^.?!]{0,25}\b(notified|informed|told"
        r"|hear|find out|learn|be let know)",
        r"(arrest|detention) notice",
        r"\blet (us|me|the family|his family|her family|relatives|his wife|her husband|his "
        r"parents|her parents) know",
        r"notice of (his |her |the )?(arrest|detention)",
        # "family notice deadline?", "by when should we have been notified?"
        r"(family|relatives)'?s? (notice|notification)",
        r"(we|i) (should |would |must |will )?(have )?(be|been|get|got|being) (notified|told|informed)",
        KEPT_FROM,
    ),
    "interrogation": words(
        r"interrogat\w+", "questioned", r"question(ing)? (him|her|them|the suspect|my \w+)"
    ),
    "seal": words(r"seal\w*", r"expunge\w*", SEAL_LAY_TOPIC),  # "his record wiped"
    "unseal": words(
        r"unseal\w*",
        r"(re-?open|lift)\w* (the )?(seal|sealed record)",
        r"(seal|sealing)\b[^.?!]{0,30}\b(be |get |is |was )(lifted|removed|undone|reversed)",
        UNSEAL_LAY_TOPIC,
    ),
    "forfeiture": words(
        r"(forfeit\w*|confiscat\w+)[^.?!]{0,30}\b(deposit|bond|bail)",
        r"(deposit|bond)[^.?!]{0,30}\b(forfeit\w*|confiscat\w+)",
        # "the decision taking my bail money", "they kept the deposit"
        r"(tak\w+|took|keep\w*|kept|seiz\w+|withh[oe]ld\w*) (away )?(my|his|her|our|the|their)"
        r" (bail money|(bail |security |cash )?deposit|(bail )?bond)",
    ),
    "fine": words("fined?"),
    **ARREST_TOPICS,  # a request for arrest approval, its approval or refusal
    "file_order": words(
        r"notice (requiring|ordering|asking|telling|to) (them |the police )?(to )?file",
        r"(required|ordered|told|asked|instructed|notif(y|ies|ied)|direct(s|ed)?) (them |the police )?"
        r"to file (the |a )?(case|it)\b",
    ),
    "victim_agent": words(
        r"agents? ad litem",
        r"(tell|inform\w*|notif\w*)[^.?!]{0,30}\bvictim",
    ),
    "for_record": words(
        r"for (the )?record", r"report\w* (it |the decision )?(to|for) (the )?higher"
    ),
    "record_inquiry": words(  # a request to see a sealed juvenile record (SPP Juvenile Art. 64)
        r"(look at|see|inspect|consult|check|access|view|read|query|inquir\w+ (about|into)?)"
        r"[^.?!]{0,40}\bsealed\b",
        r"sealed [^.?!]{0,30}\b(inquir\w+|application to (see|view|access|consult|inspect))",
    ),
    "direct_acceptance": words(r"direct(ly)? accept\w*"),
    # the next higher procuratorate reviewing a decision (SPP Art. 106, Juvenile Art. 36)
    "higher_review": words(
        r"(next[- ]?higher|next[- ]level|higher[- ]level|higher|superior|upper[- ]level)"
        r" (level )?(procuratorate|procuratorial organ|prosecutors?|prosecution office)",
    ),
    # custody recalculated on finding another crime (MPS Art. 130)
    "recalc": words(
        r"recalculat\w+",
        r"(discover\w*|found|find\w*|uncover\w*|turn\w* up)[^.?!]{0,50}\b(another|other|new|"
        r"further|additional|second)( [\w-]+){0,2} (crimes?|offen[cs]es?)",
    ),
    # the police asked to explain why no case was filed (MPS Art. 164)
    "explain_no_filing": words(
        r"(explain\w*|justif\w*|account for|reasons?|statement)[^.?!]{0,40}\b(not|didn't|never|"
        r"refus\w*|declin\w*)( to)? (file|filing|register\w*|open\w*)",
    ),
    "reconsider": words(r"reconsider\w*", r"think (it |that )?(again|over)"),
    "overdue": words(
        r"(beyond|past|exceed\w*|over) the (legal|statutory|time) (limit|period)",
        "held too long",
        r"longer than (is )?(allowed|permitted|(the law|the rules?|the code) (allows?|permits?))",
        r"(gone|run|went|ran|is|are) (past|over|beyond) (the|its|his|her|their) (legal |statutory "
        r"|lawful )?([\w-]+ )?(maximum|limit|time limit|period)",
        r"(exceed\w*|overr?un|overran) (the )?(legal |statutory |lawful )?(maximum|limit)",
    ),
    "bail_application": words(
        # "application for bail", "the application paper for bail", "a request form for bail"
        r"(appl(y|ied|ication)|request|petition)( [\w-]+){0,2} for bail",
        r"appl(y|ies|ied|ying) (the )?bail",  # non-native "we apply bail for my husband"
        "bail application",
        "requested bail",
        # "applied to the police for bail", "asked the procuratorate for bail"
        r"(filed|applied|asked|petitioned|requested)( [\w-]+){0,4} for bail",
    ),
    "breach": words(
        r"violat\w+",
        "broke",
        r"breach\w*",
        "left the",
        LEAVE,
        "fled",
        "escaped",
        r"new (crime|offen[cs]e)",
        "missed",
        r"skip\w*",
        r"(did not|didn't|never) (show|turn) up",
        "no-show",
        "failed to appear",
        "didn't show",
        r"without ([\w-]+ ){0,3}(approval|permission|asking|telling)",
        r"(slipped|snuck|sneaked|crept) out",
        # "someone saw him in guangzhou, which is outside our city"
        r"(seen|spotted|saw (him|her))\b[^.?!;]{0,40}\b(outside|out of) (our|the|his|her|their)"
        r" (city|county|town|district|area)",
    ),
    "minor": words(
        # not the predicate: "the circumstances are minor", "his injury was minor"
        "".join(f"(?<!{w} {v} )" for w in MINOR_SUBJECTS for v in ("is", "are", "was", "were"))
        # nor the adjective: "only a minor injury", "a minor role"
        + r"minor(?! (injur\w*|offen[cs]es?|crimes?|roles?|part|thefts?|matters?|incidents?|charges?"
        r"|fights?|damage|amounts?|circumstances|violations?|infractions?|consequences|details?"
        r"|mistakes?|problems?|issues?|cases?|assault|harm|wounds?))",
        "juvenile",
        "minors",  # "the rules for minors"
        # youth told, not the age: "since im young", "he's still so young"
        r"(i'm|im|i am|he's|he is|she's|she is|they're|they are) (still )?(so |very |too |only )?"
        r"young\b",
        r"teen\w*",
        "underage",
        "1[0-7][- ]?year[- ]old",
        "under 18",
        MINOR_AGE,
        r"(is|was|aged|age|turned) 1[0-7]",
        rf"(defendant|suspect|offender|boy|girl|son|daughter|nephew|niece),? \(?(1[0-7]|{TEEN_WORD})"
        r"(?![- ]?(days?|hours?|months?))",
        rf"{PARTY_AGED}(1[0-7]|{TEEN_WORD})(?=,)",
    ),
    "probation": words("probation", "suspended sentence"),
    "revoke": words(*REVOKE_WORDS),
}
