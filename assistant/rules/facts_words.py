"""Word classes for reading eligibility facts in users' own words (data; flat, linear-time).

`router_patterns` lists fixed phrases ("caught red-handed", "kidney failure"); these
patterns combine small word classes instead, so that new wording of the same fact is read:
a severity word with an illness ("advanced kidney disease"), a danger word with the public
("would put the public at risk"), a bound with a light penalty ("the worst he faces is a
fine"), finding evidence with a place of his ("found the stolen laptops in his flat").
They extend the tables of `router_patterns` and are consulted after them; negative wording
(`facts_words_negative`) is read before them, and the recusal facts' patterns are in
`facts_words_recusal`.

Example:
    >>> import re
    >>> bool(re.search(dict(POSITIVE)["serious_illness"], "he has advanced kidney disease"))
    True
"""

from __future__ import annotations

import re

from assistant.rules.facts_words_negative import NEGATIVE
from assistant.rules.facts_words_recusal import RECUSAL

PUBLIC = r"(society|the public|others|other people|people|the community|anyone|anybody|the neighbou?rhood)"
HIS = r"(his|her|their|the suspect's)"
PLACE = r"(flat|apartment|home|house|car|bag|pocket|room|place|office|phone)"
CRIME = (
    r"(crime|offen[cs]e|robbery|theft|burglary|break-in|fraud|assault|fight|mugging|heist"
    r"|shoplifting|scam|attack|stabbing|smuggling)"
)
CRIME_DONE = (
    r"(robbed|stole|burgled|burglari[sz]ed|mugged|assaulted|attacked|stabbed|beat up|shoplifted"
    r"|defrauded|scammed|broke into|snatched|committed (a|another) \w+)"
)
SEVERITY = (
    r"(advanced|late[- ]stage|end[- ]stage|terminal|severe|serious|critical|chronic|incurable"
    r"|life[- ]threatening|grave)"
)
DISEASE = r"(disease|illness|condition|failure|cancer|tumou?r|infection|disorder)"
TWICE = (  # "... It's the second time": a repeat told in the next sentence counts too
    r"[^.?!;]{0,40}?\b(twice|two times|three times|again|repeatedly|serious(ly)?)\b"
    r"|[^.?!;]{0,40}[.!]\s+[^.?!;]{0,25}\b(second|third|fourth|another) time\b"
)
LEAVE = (
    r"(went|gone|travel\w*|drove|flew|moved|left|headed|taken)( off| away)? (to |out of |for )?(another|a different|the next"
    r"|other|a neighbou?ring) (city|county|province|town|district|area)"
    r"|left (town|the province|the country|the area|the district|the county|the city)"
)
FLIGHT = (
    r"\b((ran|run|running|rushed) off|(went|gone) into hiding|(hid|hiding) (at|in|out|from|with)"
    r"|absconded|skipped town|on the run|fled|(tried|attempted) to (kill|hang) (himself|herself)"
    # "slipped out once for cigarettes" is a trip out, not a flight
    r"|slipped away|slipped out of (the )?(country|city|province)|disappeared|went missing"
    r"|vanished)\b"
)
# destroying evidence or getting witnesses to change their story (the risk, or the breach)
TAMPER = (
    r"\b(delete|deleted|destroy\w*|hide|hid|burn\w*|wipe\w*|shred\w*|tamper\w* with|get rid of)"
    r" [^.?!;]{0,20}\b(evidence|records?|files|messages|chats?|documents|data|papers|paperwork"
    r"|accounts|account books|ledgers?|receipts|invoices|hard drives?)\b"
    r"|\b(change|align|coordinate|match) (their|his|her) (stories|story|statements?|testimony"
    r"|accounts?)\b|\b(bribe\w*|pressur\w+|pay off|paid off|intimidat\w+) (a |the )?witness"
)
SEIZED = "caught|grabbed|seized|nabbed|chased|tackled|stopped"  # the suspect taken at once
POSITIVE = (
    # a prison term told without its length: "he's looking at several years", "jail time"
    (
        "imprisonment_possible",
        r"\b(looking at|facing|faces|face|could get|might get|may get|will get|would get|likely to"
        r" get|expects?|expecting) (several|a few|many|some|multiple|a couple of) years\b"
        r"|\byears (in|behind) (prison|bars|jail)\b|\b(prison|jail) (time|term)\b"
        # "he could face fixed-term imprisonment", "the theft could bring a prison sentence",
        # "could get a few yrs prison" (no negation in the gap: "could not go to prison")
        r"|\b(could|might|may|would|will|likely to|faces?|facing|carr(y|ies)|brings?|gets?|getting"
        r"|go|goes|looking at|risks?)\b(?:(?!\bnot\b|n't\b|\bno\b|\bnever\b)[^.?!;]){0,25}?"
        r"\b(fixed-term imprisonment|(a )?prison (sentence|term)|to prison|(years|yrs) (in |of )?prison"
        r"|(years|yrs) (of )?imprisonment)\b"
        r"|\b(likely|possible|expected) (sentence|penalty)\W{1,3}(is |would be )?fixed-term imprisonment\b",
    ),
    (
        "serious_illness",
        rf"\b{SEVERITY} ([\w-]+ ){{0,2}}{DISEASE}\b|\b(cancer|leuk[a]?emia|tumou?r|dialysis"
        r"|tuberculosis|hiv|aids|(kidney|renal|liver|heart) (failure|disease)|bedridden"
        r"|(can barely|cannot|can't) walk|in intensive care|carcinoma|lymphoma|sarcoma"
        r"|palliative|terminally ill|stage (iv|4|four)|chemo(therapy)?)\b",
    ),
    (
        "bail_insufficient",
        rf"\b(danger|threat|risk)s? (to|for) {PUBLIC}|\b(put|puts|putting|place|places) {PUBLIC}"
        rf" (at risk|in danger)\b|\b(endanger|threaten|harm)\w* {PUBLIC}\b",
    ),
    (
        "minor_penalty_only",
        r"\b(at (the )?(very )?(worst|most)|the (very )?(worst|most)|worst case|max(imum)?|only|just"
        r"|no more than|merely)\b[^.?!;]{0,40}\b(a fine|criminal detention|public surveillance"
        r"|non-custodial)\b"
        r"|\b(a fine|criminal detention) (at (the )?(most|worst)|max(imum)?)\b",
    ),
    (
        "evidence_of_crime",
        r"\b(real|hard|concrete|enough|strong|solid|clear|conclusive|overwhelming|good|compelling"
        r"|damning) (evidence|proof)"
        r"\b|\b(evidence|proof) (is|was) (strong|solid|clear|conclusive|overwhelming|sufficient)\b"
        r"|\b(caught|filmed|recorded) on (cctv|camera|video)\b"
        r"|\b(evidence|proof)\b( at all)? (that|against) (he|she|him|her|my|his|the)\b",
    ),
    (
        "identity_unknown",
        r"\b(refus\w+|won't|wouldn't|will not|would not|didn't|did not|don't|doesn't|declin\w+)"
        r" (to )?(give|tell"
        r"|say|provide|reveal|disclose|state)\b[^.?!;]{0,20}?\b(name|address|identity)\b"
        r"|\b(false|fake|made-up|fictitious|bogus) (name|identity|id|address)\b"
        r"|\b(won't|wouldn't|would not|will not|refus\w+ to) (say|tell \w+) who (he|she) (is|was)\b",
    ),
    (
        "evidence_found_on_person",
        r"\b(found|discovered|recovered|seized)\b[^.?!;]{0,40}?\b(on (him|her|them)|(in|at) "
        rf"({HIS} )?{PLACE})\b",
    ),
    ("suicide_or_flight", FLIGHT),
    ("evasion", FLIGHT),
    (
        "caught_in_act",
        rf"\b(mid-?|in the middle of (a |the )?|during (a |the )?){CRIME}\b"
        r"|\bcaught ([\w']+ ){1,2}(in the act|red-handed|\w+ing (into|in|from|a|an|the|my|his|her)\b)"
        # "caught a man inside the dorm with phones in his bag, right while he was taking them",
        # "in the very middle of stealing it", "with his hand in the till", "climbing out"
        r"|\b(caught|catch(es)?|grabb?\w*|nabbed)\b[^.?!;]{0,80}?\b(right |just )?(while|as) (he|she"
        r"|they) (was|were|is|are) \w+ing\b|\bin the (very )?middle of \w+ing\b"
        r"|\b(caught|catch(es)?)\b[^.?!;]{0,50}?\bwith (his|her|their) hands? in\b"
        r"|\b(caught|catch(es)?)\b[^.?!;]{0,50}?\bwith [^.?!;]{1,30} (in|on) (his|her|their) (hands?"
        r"|shoulders?|arms)\b|\b(caught|catch(es)?)\b[^.?!;]{0,40}?\b(climbing|breaking|sneaking"
        r"|crawling) (in|into|out|through)\b"
        # "public security catch my cousin on the street when he is stealing a phone"
        r"|\b(catch|catches|caught|grab\w*|nabbed|stopp?ed) (him|her|them|my [\w-]+|the [\w-]+)"
        r"( [\w-]+){0,4}? (when|while|as) (he|she|they) (is|was|were|are) \w+ing\b"
        # "chased him down just after a bag snatching"
        rf"|\b({SEIZED})\b[^.?!;]{{0,40}}\b(just|right"
        r"|moments|immediately) after (a|an|the|his|her) [\w-]+\b"
        # "stopped a man in the act of prying open a car door"; "came upon a man beating a
        # shopkeeper"
        r"|\bin the act of \w+ing\b"
        r"|\b(came upon|came across|walked in on|found|spotted|caught|stopped) (a|an|the|two|three)"
        r" ([\w-]+ ){0,2}?(man|woman|person|suspect|guy|youth|men|people|thief|robber|boy|girl)"
        r" (who (was|were) )?(beating|stealing|robbing|breaking|prying|attacking|hitting|stabbing"
        r"|snatching|assaulting|emptying|smashing|fighting|dealing|selling|forcing)\b",
    ),
    (
        "self_injury_evasion",
        rf"\b(cut|slashed|slit|stabbed|hurt|injured|harmed|wounded|burn(ed|t)|banged) {HIS} (own )?"
        r"(wrists?|arms?|legs?|throat|stomach|neck|face|hands?|body|head)\b",
    ),
    ("left_area", rf"\b({LEAVE})\b{TWICE}"),
    # non-native "he go to Shenzhen two times without ask anybody for approval"
    (
        "left_area",
        r"\b(go|goes|went|gone|travel\w*|drove|flew)\b[^.?!;]{0,40}\b(two times|twice|three times"
        r"|several times)\b[^.?!;]{0,30}\bwithout (ask\w*|approval|permission|telling)"
        r"|\b(go|goes|went|gone|travel\w*|drove|flew)\b[^.?!;]{0,40}\bwithout (ask\w*|approval"
        r"|permission|telling)[^.?!;]{0,60}\b(two times|twice|three times|several times)\b"
        # "twice now he has gone off to the next county", "gone to shenzhen twice without
        # getting approval", "both times without asking"
        r"|\b(twice|two times|three times|several times)\b[^.?!;]{0,30}?\b(go|goes|went|gone|travel\w*"
        r"|drove|driven|flew|flown|taken the train|slipped out|left)\b"
        r"|\b(gone|went|travel\w*|drove|driven|flew)\b[^.?!;]{0,40}\btwice without (getting |first )?"
        r"(ask\w*|approval|permission|telling)|\bboth times without (ask\w*|approval|permission|telling)",
    ),
    (
        "unapproved_meetings",
        rf"\b(met|received|hosted|invited|had over) (with )?[^.?!;]{{1,40}}? without (approval"
        rf"|permission)\b{TWICE}"
        # "client twice received his business partner at home without approval"
        r"|\b(twice|two times|three times|repeatedly)\b[^.?!;]{0,20}\b(met|received|hosted|invited"
        r"|had)\b[^.?!;]{1,40}? without (approval|permission)\b",
    ),
    # "nothing serious resulted", "no serious consequences": matched after the cue, so False
    ("other_serious_violation", r"(?:(?<=\bno )|(?<=\bnothing ))serious\b"),
    (
        "new_crime",
        rf"\b(again|during [^.?!;]{{0,30}}|while (on|under) [^.?!;]{{0,30}}|since then|later),? "
        rf"(he |she |they )?{CRIME_DONE}\b|\b{CRIME_DONE}\b[^.?!;]{{0,30}}\b(again|while (on|under))\b"
        rf"|\b(a |another )?new {CRIME}\b|\bcaught \w+ing again\b"
        # "on bail ... was caught (deliberately) shoplifting": caught in a crime while on bail
        r"|\b(on bail|under (residential )?surveillance)\b[^.?!;]{0,60}\b(was|got|been|is) caught "
        r"(\w+ly )?(steal|shoplift|rob|burgl|snatch|fight|deal|sell|scamm|stabb|beat)\w*"
        r"|\b(arrested|detained|charged|caught) (for|with) ((?!breach|break|violat|skip|jump|leav|miss)\w+ing|another)\b"
        r"|\b(convicted|charged|arrested|sentenced|caught|done|picked up) (of|for|with) (something"
        r"|anything) (new|else)\b|\b(convicted|charged) (of|with|for) (another|a new|a further)"
        r" (\w+ )?(crime|offence|offense|charge)\b",
    ),
    (
        "new_or_omitted_crime",
        rf"\b(a |another )?new {CRIME}\b|\b(convicted|charged|sentenced) (of|for|with) (something"
        r"|anything) (new|else)\b",
    ),
    (
        "recidivist",
        r"\b(before|previously|once|already|in the past)\b[^.?!;]{0,15}\b(sentenced|convicted|jailed"
        r"|imprisoned|served time)\b|\b(sentenced|convicted|jailed) (once )?before\b",
    ),
    (
        "breach",
        r"\b(ignored|flouted|disregarded|violated|broke|breached|breaking|(didn't|did not|failed to)"
        r" (follow|obey|comply with)) (the |his |her |their )?(bail )?(conditions|rules|terms"
        r"|requirements|obligations)\b|\b(missed|skipped|failed to attend) (an? |the |his |her )?"
        r"(appointment|check-?in|summons|reporting)",
    ),
    (
        "guarantor_capable",
        r"\b(able|capable|in a position) to (supervise|guarantee|fulfil\w*|make sure|ensure|keep an"
        r" eye|watch|monitor)\b|\b(can|will|could) (supervise|keep an eye on|make sure)\b",
    ),
    (
        "co_suspect_risk",
        r"\b(co-?(suspect|defendant|offender|accomplice)s?|accomplices?|partners? in crime)"
        r"( \w+){0,2}? (may|might|could|would|will|can) (still |yet |also )?(flee|escape|destroy"
        r"|hide|abscond|tamper|run)",
    ),
    # "he has no accomplice": matched only after the cue, which then negates it (False)
    (
        "co_suspect_risk",
        r"(?:(?<=\bno )|(?<=\bwithout )|(?<=\bwithout any ))(accomplices?|co-?(suspects?"
        r"|defendants?|accused|offenders?)|partners? in crime)\b",
    ),
    (
        "co_suspects_same_case",
        r"\b(same|one) ([\w-]+ ){1,2}(case|robbery|theft|fraud|crime|offen[cs]e|incident|scheme"
        r"|burglary|fight|brawl|assault|attack|scam|deal|raid)\b",
    ),
    ("breastfeeding", r"\bnursing\b(?! (home|care|staff|school|student|degree|job))"),
    ("pregnant", r"\b(expecting|carrying) (a|our|her|their|his) ([\w-]+ )?(baby|child|twins)\b"),
    ("evidence_tampering_risk", TAMPER),
    ("evidence_tampering", TAMPER),
    (
        "hinders_or_impossible",
        r"\b(couldn't|could not|can't|cannot|unable to) (find|locate|reach|contact|trace)\b[^.?!;]"
        r"{0,20}\b(family|relatives|address|anyone|next of kin)\b",
    ),
    (
        "np_supervision_violation",
        r"\b(late for|absent from|no-show at|skipped|missed) (a |one |the |his |her |two |several "
        r"|two of the |some of the )?(required |compulsory )?(check-?ins?"
        r"|meetings?|appointments?|reporting|sessions?)\b",
    ),
)
HOME = (
    r"\b((own|fixed|permanent|stable) (flat|apartment|home|house|residence|address|place)"
    r"|homeowner|owns? (a|his|her|my|our) (flat|apartment|home|house))\b"
)
INCOME = (
    r"\b((steady|stable|regular|fixed|good|decent|monthly)( [\w-]+)? (salary|income|job|wage|pension|work"
    r"|earnings)|pension|(full-time|permanent) job)\b"
)
NO_DEPOSIT = (
    r"\b(can't|cannot|can not|couldn't|unable to|not able to|too poor to) (pay|afford|raise|put up"
    r"|come up with)\b[^.?!;]{0,15}\b(deposit|bond|bail money|security)\b"
    r"|\b(no|not enough) money (for|to pay) (the |a )?(deposit|bond)\b"
)
NO_GUARANTOR = (
    r"\b(no|nobody|no one|none|not|don't|doesn't|can't|cannot|couldn't) [^.?!;]{0,35}\b(guarantor"
    r"|surety|vouch|guarantee for)"
)
NEG_RES = tuple((k, re.compile(p)) for k, p in NEGATIVE)
POS_RES = tuple((k, re.compile(p)) for k, p in POSITIVE + RECUSAL)
HOME_RE, INCOME_RE = re.compile(HOME), re.compile(INCOME)
NO_DEPOSIT_RE, NO_GUARANTOR_RE = re.compile(NO_DEPOSIT), re.compile(NO_GUARANTOR)
