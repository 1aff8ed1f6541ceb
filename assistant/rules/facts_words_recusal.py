"""Word patterns for the facts a withdrawal (recusal) request turns on (data; flat, linear-time).

The official handling the case and how he is tied to it: a close relative of a party (MPS
Art. 24 (1)) or another tie (4), an interest in the outcome, a prior role as witness,
expert, agent or defender, gifts or meetings. Read by `router_facts` after the fixed
phrases of `router_patterns`, like the other tables of `facts_words`; a phrase in a
negated clause gives False.

Example:
    >>> import re
    >>> said = "the officer turns out to be the victim's brother"
    >>> [k for k, p in RECUSAL if re.search(p, said)]
    ['official_is_party_or_relative']
"""

from __future__ import annotations

# Read when no fixed phrase of `router_patterns` set the fact: positive wording, negated
# in its clause to give False.
OFFICIAL_WORD = (
    r"(officer|investigator|policeman|policewoman|prosecutor|procurator|detective|case handler)"
)
# "the officer turns out to be the victim's ...": the official named, then how he is related
RELATED_AS = (
    rf"\b{OFFICIAL_WORD}\b[^.?!;]{{0,50}}\b(is|was|turns out to be|happens to be) (the |his |her "
    r"|my |their |our |the victim's |\w+'s )?"
)
# a phrase matched just after "no"/"without": the cue before it negates it, so the fact is
# False ("no family tie", "without accomplices"), and the phrase alone says nothing
ANY_PARTY = (
    r"\brelated to (anyone|anybody|any of the parties|any party|either (side|party)|the parties"
    r"|anyone (involved|in the case))\b"
)
AFTER_NO = r"(?:(?<=\bno )|(?<=\bwithout ))"
RECUSAL = (
    # the official related to a party: a close relative (MPS Art. 24 (1)) or another tie (4)
    (
        "official_is_party_or_relative",
        RELATED_AS + r"(brother|sister|father|mother|son|daughter|wife"
        r"|husband|spouse)\b(?!-in-law)",
    ),
    (
        "official_other_relation",
        RELATED_AS + r"(first |second )?(cousin|uncle|aunt|nephew|niece"
        r"|brother-in-law|sister-in-law|in-laws?|godfather|godson|classmate|best friend|old friend"
        r"|business partner|neighbou?r)\b",
    ),
    # "he's not related to anyone involved": no tie of either kind (negated, so False)
    ("official_is_party_or_relative", ANY_PARTY),
    ("official_other_relation", ANY_PARTY),
    # denied grounds, matched after the cue (so False): "no family tie to anyone in the case",
    # "no interest in the outcome", "never a witness/expert/agent in it"
    (
        "official_is_party_or_relative",
        AFTER_NO + r"(family|blood) (ties?|relations?|relationships?|connections?)\b",
    ),
    (
        "official_interest",
        AFTER_NO + r"(personal )?(interest|stake) in (the )?(case|outcome|result)\b",
    ),
    (
        "official_prior_role",
        r"(?:(?<=\bnever )|(?<=\bnever a )|(?<=\bnever been a )|(?<=\bnever acted as a )"
        r"|(?<=\bwasn't a )|(?<=\bwas not a )|(?<=\bisn't a )|(?<=\bis not a )|(?<=\bwasn't an )"
        r"|(?<=\bwas not an ))(witness|expert|agent|defender)\b",
    ),
    # "he doesn't know the other side": no acquaintance with a party (matched after the cue)
    (
        "official_other_relation",
        r"(?:(?<=\bdoesn't know )|(?<=\bdoes not know )|(?<=\bdidn't know )|(?<=\bnever knew )"
        r"|(?<=\bdoesn't personally know ))(the |anyone (on|from) the )?(other side|victim|accused"
        r"|suspect|defendant|complainant|other party|parties)\b",
    ),
    (
        "official_other_relation",
        r"\b(investigator|officer|detective|prosecutor|procurator|judge)\b[^.?!;]{0,30}\b(is|was)"
        r" (my|our) ([\w-]+'s )?(brother|sister|father|mother|son|daughter|cousin|relative|uncle|aunt"
        r"|nephew|niece|in-law|friend|neighbou?r|classmate)\b",
    ),
    (
        "official_interest",
        r"\b(owns?|holds?|has|have) (shares|stock|a stake|an interest|a financial interest|money)"
        r" in\b|\b(business|financial) (ties|interests?|dealings) with\b",
    ),
    (
        "official_gifts_or_meetings",
        r"\b(treated|invited)( \w+)? to (a |an )?(banquet|dinner|meal|lunch|party|trip)\b"
        r"|\b(accepted|took|received) (a |an )?(gifts?|bribes?|money|red envelope|favou?rs?)\b",
    ),
    (
        "official_prior_role",
        r"\b(acted|served|worked|appeared) as (the |an? )?([\w']+ )?(expert|defender|agent|lawyer"
        r"|attorney|witness|representative|counsel)\b",
    ),
    (
        "official_other_relation",
        r"\b(married to|engaged to|dating|friends? with|a (close )?friend of|neighbou?r of|business"
        r" partner of|related to) (the |a )?(victim|complainant|accused|suspect|defendant|other side)",
    ),
    # close relatives are spouses, parents, children and siblings (CPL Art. 108 (6)); a cousin,
    # an uncle or an in-law is another tie (MPS Art. 24 (4))
    (
        "official_is_party_or_relative",
        r"(?<!married to )(?<!married to a )(?<!married to an )"
        r"\b(son|daughter|father|mother|brother|sister|wife|husband)"
        r" of the (man|woman|person|guy|boy|girl|driver)\b",
    ),
    (
        "official_other_relation",
        r"\b(cousin|nephew|niece|uncle|aunt|(brother|sister|son|daughter|father|mother)-in-law)"
        r" of the (man|woman|person|guy|boy|girl|driver)\b"
        r"|\bmarried to (a|an|the) \w+ of the (man|woman|person|guy|boy|girl|driver|victim)\b",
    ),
)
