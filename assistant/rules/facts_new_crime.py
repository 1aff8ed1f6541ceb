"""Read a new crime committed while on bail, under surveillance or on probation (pure,
flat patterns, linear-time).

A user tells the measure and its offence first ("my son is on bail for embezzlement"),
then what happened since, often with no time word ("he got drunk and stabbed someone in a
bar"). A crime of ANOTHER kind done by the person in a sentence after the one naming the
measure is a new crime (SPP Rules Arts. 54, 68; MPS Provisions Art. 99; SPP Juvenile
Provisions Art. 46). A crime of the same kind may be the original offence retold ("on bail
for theft. He stole a phone"), so it is left to the other readings ("stole AGAIN").

Example:
    >>> read_new_crime("he is on bail for fraud. yesterday he stabbed a man. can they arrest him?")
    {'new_crime': True}
    >>> read_new_crime("he is on bail for theft. he stole a phone. can they arrest him?")
    {}
"""

from __future__ import annotations

import re

from assistant.rules.negation import negated

R = re.compile
# the sentence that puts the person under a measure (or probation) and names its offence
STATUS = R(
    r"\b(on bail|bailed|released on bail|under (residential |police )?surveillance|under house"
    r" arrest|residential surveillance|on probation|probation period|conditional non-?prosecution"
    r"|non-?prosecution with conditions)\b"
)
# kinds of crime, as nouns (the offence named with the measure) and as the person's acts
KINDS: dict[str, str] = {
    "theft": r"stole|steal\w*|theft|thie\w+|shoplift\w*|burgl\w+|broke into|break\w* into"
    r"|pickpocket\w*|snatch\w*",
    "robbery": r"robb?\w*|mugg\w*|held up|hold-?up",
    "violence": r"stabb?\w*|assault\w*|beat\w*|attack\w*|punch\w*|kill\w*|murder\w*|shot|smash\w*"
    r"|shoot\w*|rap(e|ed)|injur\w+|wound\w*|fight|fought|violence|violent",
    "fraud": r"fraud\w*|scam\w*|swindl\w*|cheat\w*|embezzl\w*|forg\w+|brib\w+|tax",
    "drugs": r"drugs?|narcotic\w*|meth|heroin|cocaine",
    "arson": r"arson|set fire\w*|set (a|the) \w+ on fire",
    "driving": r"drunk driving|drink[- ]driving|ran over|hit[- ]and[- ]run",
}
KIND_RES = {k: R(rf"\b({v})\b") for k, v in KINDS.items()}
# the person's own act: a subject, at most five words, then a verb of one of the kinds
ACT = R(
    r"\b(he|she|they|my [\w-]+|his [\w-]+|her [\w-]+|the suspect)\b(?: [\w'-]+){0,5}? "
    r"(?:(?:has|had|have) )?(stole|stabbed|robbed|mugged|assaulted|attacked|punched|killed"
    r"|murdered|shot|raped|injured|wounded|beat|beaten up|broke into|burgled|shoplifted"
    r"|snatched|scammed|swindled|cheated|embezzled|forged|bribed|sold drugs|dealt drugs"
    r"|set fire|ran over|got into a fight|started a fight|smashed|glassed)\b"
)
SENTENCE = R(r"[^.;!?]+[.;!?]?")
# a charge added while under the measure: "he's now charged with intentional injury as well"
NEW_CHARGE = R(
    r"\b(also|additionally|newly) (been )?charged with\b|\bcharged with [^.?!;]{1,30}? (as well|too)\b"
    r"|\b(another|a new|a fresh|a further|a second) (criminal )?charge\b"
    # "the police have opened a new case for intentional injury"
    r"|\b(opened|filed|registered|started|launched) (a |another )?(new|separate|second|fresh"
    r"|further) (criminal )?case\b"
)


def _kinds(text: str) -> set[str]:
    return {k for k, rx in KIND_RES.items() if rx.search(text)}


def read_new_crime(text: str) -> dict[str, bool]:
    """{'new_crime': True} when a later sentence tells a crime of another kind, else {}."""
    sentences = [m for m in SENTENCE.finditer(text)]
    status = next((i for i, m in enumerate(sentences) if STATUS.search(m.group(0))), None)
    if status is None:
        return {}
    for m in sentences[status:]:
        charge = NEW_CHARGE.search(m.group(0))
        asks = m.group(0).rstrip().endswith("?")
        if charge and not asks and not negated(text, m.start() + charge.start()):
            return {"new_crime": True}
    original = _kinds(sentences[status].group(0))
    if not original:
        return {}  # the offence is not named: a later crime may be that offence retold
    for m in sentences[status + 1 :]:
        act = ACT.search(m.group(0))
        if act is None or m.group(0).rstrip().endswith("?"):
            continue
        if _kinds(act.group(2)) - original and not negated(text, m.start() + act.start(2)):
            return {"new_crime": True}
    return {}
