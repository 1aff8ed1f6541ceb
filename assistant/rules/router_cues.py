"""Cue patterns for routing chat questions: what kind of answer a question asks for (data).

A topic (`router_topics`) says what a question is about; a cue says what it asks: a date
("by when", "deadline"), a timeline ("what happens next"), or a verdict ("can", "eligible").
Every pattern is a flat alternation, so matching is linear.
"""

from __future__ import annotations

from assistant.rules.router_asks_plain import MANDATORY, ONE_LAWYER
from assistant.rules.router_lay import HIDDEN, OPENED
from assistant.rules.router_topics import R, words

DEADLINE_CUE = words(
    "by when",
    "how long",
    "how many (days|hours|weeks|months)",
    "deadlines?",
    "time limits?",
    "within how",
    r"within what (time|period)",
    "until when",
    "till when",
    r"by (what|which) (date|time|day|hour)",
    r"(up )?(un)?til+ (what|which) (date|time|day|hour)",
    r"up to what (date|time|day|hour)",
    r"last (possible )?(day|date)",
    r"max(imum)? (number of )?(days|hours|weeks|months)",
    "how soon",
    r"how (fast|quickly)",
    r"when('?s| is) the latest",  # and chat's "whens the latest"
    r"what'?s the latest",
    "what is the latest",
    r"(the )?latest (time|date|day|end date|possible date)",
    r"expir\w+",
    "max(imum)? (period|time|length|duration)",
    "how much time",
    "what date",
    r"(keep|hold|detain)\w* [^.?!]{0,30}\bfor \d+ (days|hours|months)",
    r"when (must|should|(do|did|does) (they|i|we|he|she|it) (have|need) to|is the deadline)",
    # "when does our reconsideration decision have to be out?"
    r"when (does|do) (it|he|she|they|(the|our|their|its|his|her|my|your)( [\w-]+){1,3}) (have"
    r"|need|got) to",
    r"(date|day|time) by which",
    r"(is|are|falls?) due",
    r"due (by|on|when)",
    "due date",
    r"(end|expiry|expiration|cut-?off) date",
    # "when is their decision due?", "answer due?": the question ends on "due"
    r"(decision|reply|answer|response|ruling|report|statement)s? due(?=\s*[?!.]|\s*$)",
    # "so we should expect an answer by 14 december?" (a premise to check)
    r"(expect|get|receive|have) (an? |the |their |its )?(answer|reply|decision|response|ruling)"
    r" (by|before|within)",
    r"when (does|do|will|did) [^.?!]{0,60}\b(end|expire|run out|finish|lapse|close)",
    r"(what|which) day (does|do|will|would) [^.?!]{0,40}\b(end|expire|run out|finish|lapse)",
    # a duty to tell asked with its time ("latest the family has to be notified?"), not a yes or
    # no ("does his school have to be told?")
    r"(when|latest|soon|how long|what (time|date|day|hour)|by (exactly |precisely )?(what|which)"
    r" [\w-]+|deadline|within|until|till)\b[^.?!]{0,80}?"
    r"(((have|has|need|needs) to|must( they| the police| the procuratorate)?) (tell|notify|inform)"
    r"|(have|has) to be (notified|told|informed))",
    # the end of custody asked as the release: "so when is he out?", "when will they let her
    # go?", non-native "when they must release him?"; "how late can they keep him?"
    r"when (is|will|does|would|can|should) (he|she|they|[\w-]+ [\w-]+) (be )?(get )?(out|released"
    r"|freed|set free|let (out|go)|(come|coming|back) (out|home))\b",
    r"when (must|do|will|should|would|have|has|are) (they|the [\w-]+)( have to| need to| got to"
    r"| going to)? (release|free|let [\w-]+ (go|out))\b",
    r"when (they|he|she|we|police|the [\w-]+) (must|should|have to|has to|need to|needs to"
    r"|got to)\b",
    "how late",
    # "what's the longest they can hold him?" (not the longest sentence or fine)
    r"(what'?s|what is|whats) the (longest|most|max(imum)?)\b(?! (sentence|penalty|punishment"
    r"|fine|prison|jail|imprisonment|he|she|i))",
    r"longest (time |period )?(they|the police|the procuratorate|police|he|she|it|you) (can|could"
    r"|may|might|are allowed to)",
    # "up to when can they hold him?", "what time do they have to stop?"
    "up to when",
    r"what time (must|do|does|did|will|should|would|can) [^.?!]{0,40}\b(stop|end|finish|release"
    r"|let [\w-]+ go|be (done|finished|over))",
    # a date to check: "they can't keep him beyond this friday, can they?"
    r"(keep|hold|detain)\w* (him|her|them|my [\w-]+)( in custody| locked up| there)? (beyond|past"
    r"|after|longer than|over) (this |next |the )?(monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|weekend|\d{1,2}(st|nd|rd|th)?\b)",
)
TIMELINE_CUE = words(
    "timeline",
    "time line",
    "what happens next",
    "what are the (next )?(deadlines|dates|steps)",
    "all (the )?(deadlines|dates)",
    "key dates",
    "list (of )?(the )?deadlines",
    "every deadline",
)
ELIG_CUE = words(  # a wide gate: router_asks decides whether the verdict is really asked
    "can",
    "will",
    "would",
    "should",
    r"chances?",
    r"need\w*",
    r"require\w*",
    r"grounds?",
    r"reasons?",
    "basis",
    r"any (way|chance|hope)",
    "going to be",
    r"going to|gonna",  # "are they going to arrest him now?": the outcome asked
    r"calls? for",  # "does that call for arrest?"
    r"permit\w*",  # "the rules permit this?"
    r"(breaking|breach\w*|violat\w*) (the |my |his |her )?(rules|conditions|terms)",
    r"(is|are) [^.?!]{0,40}\b(stopped|halted|suspended|paused|put on hold|frozen)",
    r"(it|record|file|conviction)s? ((is|are|gets?) )?(automatically |then )?"
    + HIDDEN
    + r"( automatically)?(?=\s*\?)",
    r"meets?",
    r"as (a |the |my |his |her )?(guarantor|surety)(?=[^.?!;]{0,30}\?)",  # "my brother as guarantor?"
    "could",
    "may",
    "might",
    r"lets?",  # "does the law let the police ..."
    r"too (old|young)",
    "on the table",
    r"(an )?options?",
    "eligible",
    r"qualif\w+",
    r"disqualif\w+|barred",  # "is he disqualified?" (recusal)
    "entitled",
    "open to",
    "allowed",
    r"acceptable|permissible|ok(ay)?",
    "lawful",
    "legal",
    "possible",
    "available",
    "able to",
    # "must they revoke it?", "does it have to be cancelled?": a duty is a verdict too
    "must",
    r"(have|has) to",
    r"will (he|she|they|i|the \w+|his \w+|her \w+|my \w+) (get|be|seal|grant|approve|give|allow)",
    r"should (he|she|they|i|we|the \w+) (get|be|seal|grant|approve|give|allow)",
    r"(does|do|would|will) [^.?!]{0,60}\bapply",
    r"(does|do|did|is|are|will|would) [^.?!]{0,60}\b(gets?|be|been) (unsealed|re-?opened|"
    + OPENED
    + "|"
    + HIDDEN
    + ")",
    # lay asks: "shouldn't he ...", the odds, "good enough", "does the investigation stop"
    r"(should|could|would|must|is|are|does|do|ca|wo)n't",
    r"odds|likel(y|ihood)|realistic|good enough|suitable",
    r"(does|do|will|would|must) [^.?!]{0,40}\b(stop|halt|pause|be (suspended|halted|paused))",
    # a bare noun phrase asked after the story: "mandatory arrest?", "one lawyer for both?"
    rf"(?:{MANDATORY}) (?:arrest|detention)(?=\s*\?)",
    rf"{ONE_LAWYER}(?=\s*\?)",
)
# a notice said to be withheld ("no notice to the family", "nobody told us")
NEGATED = R(r"\b(not|no|nobody|no one|without|never|refus\w+|withh[oe]ld\w*|delay\w*)\b|n't\b")
REFERENCE = R(
    r"\b(what|which) (does|do|is in|says?) (the )?(article|art\.?) ?\d+"
    r"|\b(text|wording) of (the )?(article|art\.?) ?\d+|\bquote (article|art\.?) ?\d+"
)
LAWYER_HIRE = R(
    r"\b(hire|hiring|retain\w*|appoint\w*|engage|get|find|instruct)\w* (a |an |his |her |my )?"
    r"(own )?(lawyer|attorney|counsel|defen[cs]e lawyer|defender)s?\b"
)
# "how long does THE PROCURATORATE have?": the procuratorate is the one whose time is asked
PROCURATORATE_ACTS = R(
    r"\b(does|do|must|will|has|have|should|is|are) the (procuratorate|prosecutors?|procurators?"
    r"|prosecution office)\b"
)
# The body a request is made to ("ask THE PROCURATORATE to approve the arrest"): it decides
# the request, it does not make it, so it is not the asker whose deadline is asked.
ADDRESSEE = R(
    r"\b(ask|asks|asked|asking|request\w*|apply|applies|applied|applying|submit\w*|send|sends"
    r"|sending|sent|refer\w*|petition\w*)( it| the case| the file| a request)?( to)? (the )?"
    r"(procuratorates?|procurators?|prosecutors?|prosecution office)\b"
)
WHEN_CAN = R(r"\bwhen (can|could|may)\b")
HOW_TO = R(r"\bhow (do|does|can|could|should|would|to)\b")
# "right away" is not a right: only "rights" or "the right to/of"
PROCEDURAL = R(r"\b(warrant|search\w*|torture|beat\w*|rights|right (to|of)|compensation|appeal)\b")
IN_CUSTODY = R(
    r"\b(in custody|detained|locked up|(in|inside) (the |a )?(detention (house|cent(er|re))|jail|cells?))\b"
)
NOT_IN_CUSTODY = R(r"\b(not (in custody|detained)|at home|at large|free|(out )?on bail)\b")
