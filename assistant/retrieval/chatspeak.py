"""Chat shorthand written out (pure, data): "my bro got arested b4 xmas, pls help".

People typing in a hurry use shorthand that no corpus word or one-letter typo repair
reaches ("b4", "sum1", "yrs"), and the embedding model reads it as noise. Only whole
tokens that have no other meaning in a legal question are listed; ambiguous ones ("r",
"n", "cn", "layer") are left alone, and so are capitals beyond the first letter ("UR",
"U.S.": acronyms).

Example:
    >>> expand("wat can u do if ur bro is held 3 days b4 charges? he is 15yo")
    'what can you do if your brother is held 3 days before charges? he is 15 years old'
    >>> expand("U.S. law; the UR code; Wen?")
    'U.S. law; the UR code; when?'
"""

from __future__ import annotations

import re

CHAT: dict[str, str] = {
    "b4": "before", "sum1": "someone", "some1": "someone", "any1": "anyone",
    "no1": "no one", "every1": "everyone", "wen": "when", "wat": "what", "wot": "what",
    "wht": "what", "u": "you", "ur": "your", "pls": "please", "plz": "please",
    "ppl": "people", "yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours",
    "mins": "minutes", "wk": "week", "wks": "weeks", "mth": "month", "mths": "months",
    "mnths": "months", "2day": "today", "tmrw": "tomorrow", "2moro": "tomorrow",
    "bcoz": "because", "becuz": "because", "cuz": "because", "coz": "because",
    "thru": "through", "tho": "though", "abt": "about", "bro": "brother",
    "bros": "brothers", "sis": "sister", "gf": "girlfriend", "bf": "boyfriend",
    "w/o": "without", "lawer": "lawyer", "lawyr": "lawyer", "hav": "have", "wil": "will",
    "dayz": "days", "wud": "would", "shud": "should", "cud": "could", "govt": "government",
    "msg": "message", "txt": "text", "teh": "the",
}  # fmt: skip
_FORMS = {form: word for k, word in CHAT.items() for form in (k, k.capitalize())}
_WORD = re.compile(
    r"(?<![\w/.])(" + "|".join(re.escape(k) for k in sorted(_FORMS, key=len, reverse=True))
    + r")(?![\w/]|\.\w)"
)  # fmt: skip
_AGE = re.compile(r"\b(\d{1,2})\s*(?:yo|y/o|y\.o\.|yrs? old)\b", re.I)


def expand(text: str) -> str:
    """`text` with chat shorthand written out (case kept where nothing changed)."""
    text = _AGE.sub(r"\1 years old", text)
    return _WORD.sub(lambda m: _FORMS[m.group(1)], text)
