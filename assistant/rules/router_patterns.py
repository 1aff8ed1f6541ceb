"""Keyword patterns for reading facts and the acting body out of chat questions (data).

Every pattern is a flat alternation without nested quantifiers, so matching is linear.
"""

from __future__ import annotations

import re

from assistant.rules.router_patterns_people import PEOPLE

_REPEAT = r"[^.?!]{0,40}?\b(twice|two times|again|repeatedly|serious(ly)?)\b"
# Explicit negative phrasings, checked first: (fact, regex).
NEGATIVE = (
    (
        "recidivist",
        r"\b(first[- ]time offender|first offen[cs]e|no (prior |previous |criminal )?(record|convictions?)|never (been )?(convicted|in trouble)|clean (criminal )?record)\b",
    ),
    (
        "bail_insufficient",
        r"\b(no danger|not dangerous|harmless|no risk to (society|anyone|others))\b",
    ),
    (
        "endangers_public_security",
        r"\b(nothing to do with|nothing that endangers|no (threat|danger|risk) to|(doesn't|does not|didn't|did not) "
        r"(endanger|threaten)) (the )?public (safety|security)\b",
    ),
    ("juvenile_objects", r"\b(agrees?|agreed|accepts?|accepted) (to|with) (the )?conditional\b"),
    ("other_serious_crime", r"\b(minor|petty) (crime|offen[cs]e|theft)\b"),
    (  # "a normal theft": not the major roving, repeated or gang case (MPS Art. 110)
        "roving_repeat_gang",
        r"\b(normal|ordinary|simple|regular|routine|run-of-the-mill) (theft|fraud|burglary|robbery"
        r"|case|crime|offen[cs]e)\b",
    ),
    (  # not in a gang at all: so not its principal either
        "gang_principal",
        r"\b(no|not (in|part of|a member of) a|never in a) (criminal )?(gang|group)\b"
        r"|\b(acted|acting|worked|working) alone\b|\bno accomplices\b",
    ),
    (  # nowhere fixed to live: the guarantor lacks "a fixed residence and income"
        "guarantor_residence_income",
        r"\b(no|without( a)?|lacks?( a)?|(don't|doesn't|do not|does not) have a) (fixed|permanent|"
        r"stable|steady) (place|home|residence|address|abode)\b|\bhomeless\b|\bmove between\b",
    ),
    (  # these phrasings say the guarantor's rights ARE restricted
        "guarantor_rights_unrestricted",
        r"\b(deprived of political rights|deprivation of political rights|(lost|stripped of) (my |his |her |their )?political rights|on parole|in prison|under (bail|surveillance|arrest))\b",
    ),
)
# Positive phrasings: (fact, regex); negated in-clause they give False. The measures' facts
# here, then those about people and the juvenile provisions (`router_patterns_people`).
MEASURES = (
    ("state_secrets", r"\bstate[- ]secrets?\b"),
    ("endangers_public_security", r"\b(seriously )?endanger\w* (the )?public security\b"),
    (
        "family_not_involved",
        r"\b(not involved|(is|are|was|were)n't involved|nothing to do with the case|uninvolved)\b",
    ),
    (
        "facts_ascertained",
        r"\b(facts are (basically )?(clear|ascertained)|investigation is (over|finished|complete))\b",
    ),
    ("family_cooperative", r"\b(help (educate|supervise)|support (his|her) (education|reform))\b"),
    (
        "left_area",
        r"\b(left|leaving|fled|went out of|travel\w* out of) (the |his |her |their )?"
        rf"(city|county|town|area|residence|home)\b{_REPEAT}",
    ),
    (
        "missed_summons",
        r"\b(failed to (appear|show up|attend)|did not (appear|show up)|didn't (appear|show up)"
        rf"|missed (the |a )?(summons|hearing|appointment))\b{_REPEAT}",
    ),
    (
        "unapproved_meetings",
        rf"\bmet (with )?(people|others|someone|visitors|friends) without (approval|permission)\b{_REPEAT}",
    ),
    ("pregnant", r"\bpregnan(t|cy)\b"),
    (
        "breastfeeding",
        r"\b(breast-?feed\w*|nursing (her|a|the|my|our|his|their)|lactating"
        # non-native "she give breast milk to our baby"
        r"|(give|gives|giving|gave|feed|feeds|feeding) (her |the |our |my )?(breast ?milk|the breast))\b",
    ),
    (
        "serious_illness",
        r"\b((seriously|severely|critically|terminally|very) (ill|sick)|serious (illness|disease)|cancer|heart disease|kidney failure|stroke)\b",
    ),
    (
        "recidivist",
        r"\b(recidivis\w+|repeat offender|reoffend\w*|prior convictions?|previous convictions?|criminal record"
        r"|(convicted|jailed|imprisoned|in prison|served time) (before|previously|in the past)"
        r"|previously (convicted|jailed|imprisoned))\b",
    ),
    (
        "gang_principal",
        r"\b(ringleader|gang (principal|leader)|principal (offender|criminal)|principal of (a|the) "
        r"(criminal )?(gang|group)|leader of (a|the) (gang|criminal group))\b"
        r"|\b(boss|head|leader|mastermind|organi[sz]er|kingpin|ringleader) of (the|a|an|this|that)"
        r"( [\w-]+)?"
        r" ([\w-]+ )?(gang|group|ring|operation|network|syndicate|scheme)\b"
        r"|\b(ran|runs|running|led|leads|leading|organi[sz]ed) (the|a|an|this|that) ([\w-]+ )?"
        r"(gang|ring|network|syndicate|criminal group)\b",
    ),
    (
        "self_injury_evasion",
        r"\b(self[- ](injur\w*|harm\w*)|(injured|harmed) (himself|herself|themselves))\b"
        r"|\b(cut|slashed|slit|stabbed|hurt|injured|harmed|wounded|burned|mutilated) (himself|"
        r"herself|themselves|his own|her own|their own)\b|\bswallowed (a |an |some )?(blade|"
        r"razor|nail|battery|batteries|glass)",
    ),
    ("egregious_crime", r"\b(egregious|heinous|atrocious)\b"),
    (
        "state_security_crime",
        r"\b(state security|national security|espionage|spying|subversion|separatis\w+|terroris\w+)\b",
    ),
    (
        "violent_crime",
        r"\b(violent|violence|robbery|rape|murder|homicide|kidnap\w*|assault\w*|intentional injury|stabb\w*)\b",
    ),
    ("other_serious_crime", r"\bserious (crime|offen[cs]e)\b"),
    (
        "minor_penalty_only",
        # the penalty named as what he faces: "criminal detention" alone is also a measure
        r"\b(penalty|sentence|punishment|faces?|facing|get|likely|expected|would be|worst)\b"
        r"[^.?!;]{0,40}\b(criminal detention|public surveillance)\b"
        r"|\b(only a fine|just a fine|fine only|non-custodial)\b",
    ),
    (
        "no_social_danger",
        r"\b(no danger|not dangerous|harmless|no risk to (society|anyone|others)"
        r"|no (real |serious )?harm to (society|the community|anyone))\b",
    ),
    (
        "bail_insufficient",
        # "bail or surveillance wouldn't be enough to stop him", "neither bail nor surveillance
        # would stop him": read before the danger itself, which the "not" would negate
        # ("would not keep anyone safe"; not "on bail but did not keep to the rules": a breach)
        r"\b(bail|surveillance|release|house arrest)\b[^.?!;]{0,40}?\b(would|will|could|can)(n't"
        r"| not| never)\b[^.?!;]{0,12}?\b((be )?(enough|sufficient|adequate)|stop|prevent|keep"
        r"|deter|contain|protect)\b"
        r"|\b(bail|surveillance|release|house arrest)\b[^.?!;]{0,40}?(\bnot\b|n't\b)[^.?!;]{0,6}?"
        r"\b(enough|sufficient|adequate)\b"
        r"|\bneither (bail|surveillance|release)\b[^.?!;]{0,40}?\bnor\b[^.?!;]{0,40}?\b(would|could"
        r"|will|can)\b (\w+ )?(stop|prevent|keep|be enough|suffice)\b"
        # asked and answered: "would bail be enough to keep him in check? no."
        r"|\b(would|will|could|is|are) (bail|residential surveillance|surveillance|release)\b"
        r"[^.?!;]{0,60}\b(enough|sufficient|adequate)\b[^.?!;]{0,60}\?\s*no\b"
        r"|\b(danger(ous)? to (society|others|the public)|risk to (society|others))\b",
    ),
    (
        "evidence_short_for_arrest",
        r"\b(insufficient evidence|not enough evidence|evidence is (weak|insufficient|thin))\b",
    ),
    (
        "evidence_of_crime",
        r"\b((strong|clear|solid|verified|sufficient|conclusive) evidence|caught (red-handed|in the act))\b",
    ),
    (
        "custody_time_expired",
        r"\b(time limit (has )?(expired|run out|passed)|held (too long|beyond))\b",
    ),
    (
        "caught_in_act",
        r"\b(caught (red-handed|in the act|on the spot|stealing|while|during)|in the act of)\b",
    ),
    (
        "identified_by_witness",
        r"\b(victim|witness\w*) (identified|pointed (him|her|them) out|recogni[sz]ed)\b"
        r"|\bpointed (my|our|his|her|the) [\w-]+ out\b"
        r"|\b(i|we|she|he|they|bystanders?|passers-?by|onlookers) (pointed (him|her|them) out"
        r"|pointed (at|to) "
        r"(him|her|them)|identified (him|her|them))\b",
    ),
    (  # MPS Arts. 63/94: arrest refused, and the police seek reconsideration or review
        "arrest_refused_under_review",
        r"\b(refus\w+|declin\w+|did not|didn't|would not|won't) (to )?approve\w* [^.?!]{0,25}"
        r"arrest\b[^?!]{0,120}?\b(reconsider\w*|review)",
    ),
    (  # SPP Art. 37: holds an exit document and may flee, yet arrest is not needed
        "exit_document_no_arrest_needed",
        r"\b(passport|exit (document|permit|certificate))\b[^?!]{0,150}?\b(arrest\w*"
        r"[^.?!]{0,25}\b(isn't|is not|not) (necessary|needed|required)|(no need|not necessary|"
        r"unnecessary) to arrest)|\barrest\w*[^.?!]{0,25}\b(isn't|is not|not) (necessary|needed|"
        r"required)\b[^?!]{0,150}?\b(passport|exit (document|permit|certificate))\b",
    ),
    ("evidence_found_on_person", r"\bfound (stolen|drugs|the weapon|a weapon|evidence)\w*"),
    (
        "suicide_or_flight",
        r"\b(tried to (flee|run|escape|kill)|attempted suicide|suicid\w+|fled|ran away|on the run)\b",
    ),
    ("evidence_tampering_risk", r"\b(destroy\w* (the )?evidence|collu\w+|falsif\w+ evidence)\b"),
    (
        "identity_unknown",
        r"\b(identity (is )?unknown|refused to give (his|her|their) (real )?name|false name|no id)\b",
    ),
    (
        "roving_repeat_gang",
        r"\b(gang|several times|repeatedly|multiple (times|crimes|offen[cs]es)|across (cities|counties|provinces))\b",
    ),
    ("new_crime", r"\b(committed (a|another) (new )?(crime|offen[cs]e)|new (crime|offen[cs]e))\b"),
    (
        "evasion",
        r"\b(fled|escaped|ran away|absconded|went into hiding|tried to kill (himself|herself))\b",
    ),
    (
        "evidence_tampering",
        r"\b(destroyed (the )?evidence|threatened (a |the )?witness\w*|colluded)\b",
    ),
    (
        "violent_witness_interference",
        r"\b(threatened|beat|intimidated|attacked) (a |the )?witness\w*\b",
    ),
    (
        "breach",
        r"\b(violat\w+|broke|breached|breaking) (the |his |her |their )?(bail|conditions|rules)\b",
    ),
)
NOT_CH_4_6 = re.compile(
    r"\b(dangerous driving|drunk driving|traffic (accident|offen[cs]e)|arson|explosion|firearms?|bribery|corruption|embezzlement of public)\b"
)
# Property and economic offences: naming one settles the crime-type exclusions (violent,
# state security, public security) as not applying, unless a violent word also appears.
NON_VIOLENT_OFFENCE = re.compile(
    r"\b(theft|thefts|stole|stealing|shoplift\w*|pickpocket\w*|fraud\w*|scam\w*|swindl\w*"
    r"|embezzl\w*|brib\w+|tax evasion|smuggl\w*|forg\w+|counterfeit\w*|defamation|gambling)\b"
)
POSITIVE = MEASURES + PEOPLE
NEG_RES = tuple((k, re.compile(r)) for k, r in NEGATIVE)
POS_RES = tuple((k, re.compile(r)) for k, r in POSITIVE)
