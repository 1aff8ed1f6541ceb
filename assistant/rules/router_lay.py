"""Lay names of the measures and outcomes the eligibility rules decide (data; flat).

Lay users rarely name the measure: bail is being "out until the trial" or "waiting for
trial at home", residential surveillance is "staying at home instead of being locked up",
sealing is the record being "wiped" or "hidden", a permission is an "okay" or a
"sign-off". Both the topics (`router_topics`) and the verdict frames (`router_asks`) use
these words, so a question names and asks in the same words. Every pattern is flat.

Example:
    >>> import re
    >>> bool(re.search(UNTIL_TRIAL, "can they let her out until the trial?"))
    True
    >>> bool(re.search(AT_HOME_INSTEAD, "will they make him stay at home instead?"))
    True
"""

from __future__ import annotations

# Bail pending trial, named by its effect: free until the trial ("let her out until the
# trial", "wait for trial at home"); the verb before it is the frame's ("let ... out")
UNTIL_TRIAL = (
    r"\b(until|till|pending|awaiting|before|wait\w* for) (the |his |her |their |a )?trial\b"
    # "until it goes to court", "till the case comes to trial": the trial named by its event
    r"|\b(until|till|before) (it|the case|his case|her case|their case) (goes|gets|comes|is taken)"
    r" (to|before) (court|trial|a judge)"
    r"|\b(while|as long as) (the|his|her|their) (case|investigation|proceedings|matter) (goes on"
    r"|is (still )?(going on|ongoing|pending|open|being (dealt with|handled|investigated|looked into"
    r"|decided|heard))|continu\w+|carr(y|ies) on|go(es)? on|drags? on|runs?|lasts?)"
    # "while they're still investigating": the investigators' ongoing work names the same span
    r"|\bwhile (they|the police|the prosecutors|investigators|the investigators)( are|'re)"
    r" (still )?(investigat\w+|looking into|dealing with|working on)\b"
    r"|\bfor (the |his |her |their )?trial (at home|outside|out of (custody|jail|detention"
    r"|prison))"
)
# who is free until the trial: a person let out, released, sent home or waiting
OUT = r"(out|free|home|released|let go|outside|wait\w*)"
BAIL_LAY_TOPIC = (
    rf"{OUT}\b[^.?!]{{0,25}}({UNTIL_TRIAL})"
    # "allowed to come home after paying a deposit": a release bought by a deposit is bail
    r"|\b(home|out|released|free)\b[^.?!;]{0,20}\b(after|on|by|with|for) (paying|paid|putting up"
    r"|posting|payment of) (a |the |some )?(deposit|bond|security)\b"
)
# Residential surveillance, named by its effect: at home instead of in custody; the verb
# before it ("stay", "be kept", "be watched") is the frame's
HOME = r"(home|house|flat|apartment|residence|place)"
AT_HOME_INSTEAD = (
    r"\b(at|in) (his |her |their |my |our |the )?(own )?"
    + HOME
    + r"( under (watch|supervision|monitoring|guard))?,? (instead|rather than"
    # "stay at home under monitoring, not in jail"
    r"|(and )?not (in|at) (a |the )?(jail|prison|custody|cells?|detention|lock-?up))\b"
)
# ... or by what it imposes: kept to one's own home, reporting in, officers checking on the
# person there ("can't leave the flat", "stay home and report", "officers checking on him at home")
DWELLING = r"(home|house|flat|apartment)"
HOME_WATCH = (
    rf"\b(confin\w+|restrict\w+|kept|keep|limit\w*)( [\w-]+)? to (his |her |their |my |our |the )?"
    rf"(own )?{DWELLING}\b"
    rf"|\b(can't|cannot|can not|couldn't|not (be )?allowed to|mustn't|must not|may not|unable to)"
    rf" (ever )?leave (the |his |her |their |my |our )?(own )?{DWELLING}\b"
    rf"|\b(at|in) (his |her |their |the )?(own )?{DWELLING} and (report|check|sign)\w*"
    rf"|\b{DWELLING} and (report|check|sign)\w* (in|to)\b"
    rf"|\b(officers|police(men|women)?|they|the police) (\w+ )?(coming|come|checking|check|calling"
    rf"|dropping|popping|visiting|watching|monitoring)( round| by| in| over)?( on (him|her|them))?"
    rf"[^.?!]{{0,20}}\bat (his |her |their |the )?(own )?{DWELLING}\b"
    rf"|\bat (his |her |their |the )?(own )?{DWELLING} with (officers|police|the police) "
    rf"(coming|checking|calling|dropping|visiting|watching)"
    # "has to stay at home under watch", "has to stay at home while the police look into it"
    rf"|\bstay(s|ing)? (at )?{DWELLING} under (watch|guard|supervision|monitoring)\b"
    rf"|\b(has|have|had|must|made|ordered|told) (to )?stay (at )?{DWELLING} (while|until)\b"
    r"[^.?!;]{0,60}\b(look\w* into|investigat\w*|police|station|procuratorate|prosecutors?)\b"
)
# the lay verbs that ask for release or for being kept at home ("let my uncle out",
# "get him out", "stay at home", "be watched at home"), added to the frames' GRANT
LAY_GRANT = (
    r"let [\w-]+( [\w-]+)? (out|go|off)( home)?|get [\w-]+( [\w-]+)? out|send [\w-]+ home|go home"
    r"|be (out|free|home)|stay|remain|wait|be kept|keep [\w-]+ under|be (watched|monitored"
    r"|supervised|confined)|let [\w-]+ be"
)
# A record put out of sight ("sealed", "wiped", "hidden", "kept secret")
HIDDEN = (
    r"(sealed|expunged|erased|cleared|hidden|wiped( clean| out| off)?|deleted|removed"
    r"|locked away|kept (secret|confidential|private|hidden)|closed (away|off|up)|put away)"
)
HIDE = r"(seal|expunge|erase|clear|hide|wipe|delete|remove|lock away)"
RECORD = r"(criminal |juvenile |police |old |court )?(record|file|conviction|history)s?"
SEAL_LAY_TOPIC = (
    rf"\b{RECORD}\b[^.?!]{{0,40}}?\b(be |get |gets |got |is |are |going to be )?{HIDDEN}\b"
    rf"|\b{HIDE}\w* (out |away )?(his|her|my|their|the|our) {RECORD}"
)
# A sealed record made readable again ("opened up again", "unlocked", "brought back")
OPENED = r"(unsealed|re-?opened|opened( up)? again|unlocked|lifted)"
UNSEAL_LAY_TOPIC = (
    rf"\b(sealed|old|juvenile|previous) {RECORD}\b[^.?!]{{0,40}}?\b(be |get |gets |is )?{OPENED}"
)
# What a permission is called: "the police's okay", "without the investigators signing off"
PERMIT = (
    r"(permission|approval|consent|okay|ok|go-ahead|sign-off|signing off|sign off|green light"
    r"|clearance|say-so|blessing|authori[sz]ation|saying (yes|ok|okay)|(a|the|their) (yes|nod))"
)
# Detention in lay words, as a thing done to someone ("lock him up", "take her into custody")
# what the bare "hold him" rests on: "like that", "on that (basis)", "for it", "over this"
HOLD_TAIL = (
    r"( like (this|that)| there| (for|over) (that|this|it)| on (that|this)( basis| grounds?)?"
    r"| on (those|these) (basis|grounds?))?"
)
DETAIN_LAY = (
    r"lock (him|her|them|[\w-]+ [\w-]+) up",
    r"(take|taking) (him|her|them|[\w-]+ [\w-]+) into (police )?custody",
    # "are they allowed to hold him?" (not "how long can they investigate while holding him")
    r"((can|could|may|might)( [\w-]+){1,3}?|(allowed|permitted|entitled|right) to) (hold|keep)"
    rf" (him|her|them){HOLD_TAIL}(?=\s*\?)",
)

# A person the user names as someone close: "my son", "our client", "his wife".
KIN = (
    r"(my|our|his|her|their) (brother|sister|father|mother|dad|mum|mom|son|daughter|child|kid|"
    r"husband|wife|partner|boyfriend|girlfriend|uncle|aunt|cousin|nephew|niece|grandson|"
    r"granddaughter|grandfather|grandmother|friend|client|colleague|neighbou?r)(?!'s)"
)

# The police taking a person is a detention: "the cops took my brother last night", and the
# same in the present tense, as non-native writers tell it ("police take my husband")
DETAIN_TAKEN = (
    rf"(police|cops?|officers?|they) (took|have taken|had taken|came and took) (him|her|them|{KIN})",
    rf"(police|cops?|officers?) (take|takes) (him|her|them|{KIN})",
    rf"taken in by (the )?(police|cops)|(are|is|were|was|been) holding (him|her|them|{KIN})",
    r"(was|were|got|been|being) taken away",
    r"held (him|her|them|(my|our|his|her) [\w-]+)",
    r"(hold|keep)\w* (him|her|them) in (police )?custody",
    r"(held|kept) (him|her|them|[\w-]+ [\w-]+ )?(at|in) the (police )?station",
)

# A decision not to prosecute, in plain and lay words ("they dropped the charges")
NOT_PROSECUTED = (
    "not (to )?(prosecute|charge)",
    "non-?prosecution",
    "no prosecution",
    "won't prosecute",
    r"(not be|be not|not|not get|won't be|never be) prosecuted|(not|won't) take \w+ to court",
    r"(avoid\w*|escap\w+|spared( from)?|be spared) (prosecution|being prosecuted|charges)",
    r"(drop\w*|withdraw\w*) (the )?(case|charges?)( against \w+)?|charges? (dropped|withdrawn)",
)

# Undoing a decision already made (SPP Juvenile Art. 46 revocation): "cancel", "overturn".
REVOKE_WORDS = (
    r"revok\w+",
    "revocation",
    r"cancel\w*",
    r"rescind\w*",
    r"overturn\w*",
    r"(be|been|get) withdrawn",
)
# An arrest not approved, the person named before the arrest ("refused to approve my son's
# arrest") or after it ("turned down the arrest of my husband")
WHOSE = r"(the |an |his |her |my |our |their )?([\w-]+'s )?"
NOT_APPROVED_LAY = (
    rf"(refus\w+|declin\w+|did not|didn't|won't|wouldn't|would not|will not) (to )?"
    rf"(approve|sign off on|authori[sz]e|agree to) {WHOSE}arrest",
    r"(refus\w+|reject\w+|den(y|ied|ies)|turn\w* down|block\w*) (the |an )?arrest (of|for)\b",
)
