"""Keyword patterns for facts about people: guarantors, officials, the family, and the
juvenile provisions' circumstances (data; see `router_patterns`, which reads them after its
own). Every pattern is a flat alternation without nested quantifiers, so matching is linear.

Example:
    >>> import re
    >>> bool(re.search(dict(PEOPLE)["disability"], "he is deaf"))
    True
"""

from __future__ import annotations

CLOSE_KIN = r"(?:brother|sister|father|mother|son|daughter|wife|husband)(?!-in-law)"
FAR_KIN = r"cousin|relative|uncle|aunt|nephew|niece|in-law|(?:brother|sister|son|daughter)-in-law"


def _kin_of(kin: str) -> str:
    """A relative of a party: "the brother of the victim", "the cousin of the man who attacked
    me", "the attacker's cousin"."""
    return (
        rf"\b({kin}) of the (victim|complainant|accused|suspect|defendant)\b"
        rf"|\b({kin})s? of (the|my|our) (attacker|assailant|perpetrator|offender|"
        r"other (side|party)|(man|woman|person|guy|people|driver|boy|girl) who)\b"
        r"|\b(victim|attacker|assailant|suspect|accused|defendant|complainant|offender)'s (own )?"
        rf"({kin})\b"
    )


# Positive phrasings: (fact, regex); negated in-clause they give False.
PEOPLE = (
    (
        "guarantor_not_implicated",
        r"\b(not involved|nothing to do with (the|his|her|their) (case|crime|offen[cs]e)|uninvolved)\b",
    ),
    (
        "guarantor_rights_unrestricted",
        r"\b(full|all (his|her|my|their)) political rights|\b(has|have|enjoys?|keeps?) (his |her |my "
        r"|their )?(full )?political rights\b",
    ),
    ("guarantor_capable", r"\b(able|capable) to (supervise|guarantee|fulfil\w*)\b"),
    (
        "guarantor_residence_income",
        r"\b(fixed (residence|address|home) and (a )?(stable |steady |fixed |regular )?(income|job)|stable (job|income) and (a )?(fixed |permanent )?(home|residence|address))\b",
    ),
    # close relatives are spouses, parents, children and siblings (CPL Art. 108 (6)); a cousin,
    # an uncle, an in-law or "a relative" is another tie (MPS Art. 24 (4))
    ("official_is_party_or_relative", _kin_of(CLOSE_KIN)),
    ("official_other_relation", _kin_of(FAR_KIN)),
    ("official_interest", r"\b(interest in the case|financial interest|stake in the case)\b"),
    (
        "official_prior_role",
        r"\b(was a witness|testified|acted as (an )?(expert|defender|agent)|was (the )?(defen[cs]e lawyer|expert))\b"
        # an official who saw the events or gave evidence in the same case
        r"|\b(gave|made|provided) (a |an )?(witness )?(statement|testimony|evidence)\b"
        r"|\b(saw|witnessed) the (fight|crime|attack|assault|incident|robbery|theft|accident)\b",
    ),
    (
        "official_other_relation",
        r"\b(friend of the|close to the|related to the) (victim|complainant|accused|suspect|defendant|other side)\b",
    ),
    (
        "official_gifts_or_meetings",
        r"\b(took (a )?(bribe|gifts?|money)|accepted (a )?(gifts?|bribe|dinner|invitation)|had dinner with|met (privately|secretly) with)\b",
    ),
    (
        "co_suspect_risk",
        r"\b(co-?(suspect|defendant|offender|accomplice)s?|accomplices?) (may|might|could) (flee|escape|destroy|hide)\b",
    ),
    (
        "hinders_or_impossible",
        r"\b(hinder|impede|obstruct)\w* (the )?investigation|cannot (be )?(contact|reach|notif)\w*|no (known )?family\b",
    ),
    (
        "crime_chapter_4_6",
        # "took a classmate's phone": another's thing (not "the police took my son's phone")
        r"\btook (a |an )?([\w-]+'s|someone's|somebody's) (phone|mobile|wallet|purse|bag|bike|bicycle"
        r"|money|cash|laptop|watch|tablet|jewel\w*|scooter|car)\b|"
        r"\b(theft|stole|steal\w*|shoplift\w*|snatch\w*|mugg\w*|burgl\w*|pickpocket\w*|fraud|swindl\w*|scam\w*|robbery|extortion|intentional injury|assault\w*|affray|fight\w*|picking quarrels|provoking trouble|gambling|drugs?|defamation|insult\w*|illegal detention)\b"
        # theft told as taking someone's things: "took a bike from outside the mall"
        r"|\b(took|take|takes|taken|taking|grabbed|swiped|nicked|pinched) ((a|an|the|someone's|somebody's|some) )?([\w-]+ )?(bike|bicycle|e-bike|scooter|phone|mobile|wallet|purse|handbag|bag|money|cash|motorbike|laptop|clothes|goods|things|stuff|items|jewellery|jewelry)s?"
        r"( and ((a|an|the|some) )?([\w-]+ )?(bike|bicycle|e-bike|scooter|phone|mobile|wallet|purse|handbag|bag|money|cash|laptop|clothes|goods|things|items)s?)? (from|out of|off)\b",
    ),
    ("prosecutable", r"\b(facts are clear|evidence is (sufficient|conclusive|strong))\b"),
    (
        "repentance",
        r"\b(repent\w*|remorse\w*|sorry|regret\w*|apologi[sz]ed|confessed|pleaded guilty|admitted)\b",
    ),
    (
        "juvenile_objects",
        r"\b(objects?|objected|disagrees?|refuses?) (to )?(the )?(conditional|decision)\b",
    ),
    (
        "not_prosecuted",
        r"\b(decided not to prosecute|not (been )?prosecuted|non-prosecution|won't prosecute)\b",
    ),
    (
        "new_or_omitted_crime",
        r"\b(new crime|another crime|omitted crime|earlier crime (was )?(found|discovered)|reoffended)\b"
        # a crime after the sealing, or an old one that came to light later
        r"|\b(then|later|again|also|afterwards) (committed|commits|stole|robbed)\b"
        r"|\b(nobody|no one|never) (had |was |were )?(found|discovered|detected|knew)\b",
    ),
    (
        "community_no_adverse_effect",
        r"\b(community|neighbou?rhood|neighbou?rs) (is (fine|ok|okay|supportive)|are (fine|ok|"
        r"okay|supportive)|ha(s|ve) no objections?|supports?|agrees?|won't be "
        r"affected|is not affected)|\bno (significant |real |serious |major )?((adverse|bad|negative"
        r"|ill) )?(effects?|impact) on (his|her|their|the) (community|neighbou?rhood)\b",
    ),
    (
        "guardianship",
        r"\b(parents|family|guardians?|relatives|mother|father|we|i) (will|can|would|are able to|agree "
        r"to|promise to) (supervise|look after|take care of|watch over|guide|keep an eye on)\b"
        r"|\beffective guardianship\b",
    ),
    (
        "victim_settled",
        r"\b(settled|reconciled|compensated|made (it )?up) with (the |his |her )?victim\b|\bvictim"
        r" (agreed to (a |the )?settlement|forgave|accepted (the |an )?(apology|compensation)|was "
        r"(clearly |obviously )?(at fault|to blame))\b",
    ),
    (
        "co_suspects_same_case",
        r"\b(same|one) (case|burglary|robbery|theft|fraud|crime|offen[cs]e|incident|scheme|fight"
        r"|brawl|assault|attack|scam|deal|raid)\b"
        r"|\bco-?(accused|suspects?|defendants?)\b|\baccomplices\b",
    ),
    ("minor_crime", r"\b(minor|petty) (crime|offen[cs]e|theft)\b"),
    ("coerced", r"\b(forced|coerced|pressured) (him|her|them|into)\b"),
    (
        "incomplete_crime",
        r"\b(attempted|attempt to|only prepared|did not (succeed|finish)|gave up)\b",
    ),
    ("secondary_role", r"\b(lookout|minor role|secondary role|accessory|only helped)\b"),
    ("disability", r"\b(deaf|mute|dumb|blind)\b"),
    ("excessive_defence", r"\b(self-defen[cs]e|defending (himself|herself)|necessity)\b"),
    (
        "surrender_or_merit",
        r"\b(surrendered|turned (himself|herself) in|gave (himself|herself) up|meritorious)\b",
    ),
)
