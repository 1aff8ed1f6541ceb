"""Chat shorthand written out (pure, data): "my bro got arested b4 xmas, pls help".

People typing in a hurry use shorthand that no corpus word or one-letter typo repair
reaches ("b4", "sum1", "yrs"), and the embedding model reads it as noise. Only whole
tokens that have no other meaning in a legal question are listed (a hay "bale" has none
there); ambiguous ones ("r", "n", "cn", "layer") are left alone, and so are capitals
beyond the first letter ("UR", "U.S.": acronyms). The rule router reads questions
through the same table (`assistant.rules.router_text.clean`), so the two never disagree
on a word.

"2", "4", "b" and "tel" stand for "to", "for", "be" and "tell" only between words ("hav 2
ask", "ask 4 approval", "will it b sealed", "tel us"); elsewhere they are a number, a letter
or a label ("2 years", "at 4 pm", "hire 4 lawyers", "option b", "tel: 010 ..."). What
follows decides: a number is followed by what it counts (a plural, a unit, a month), "to"
and "for" by a verb or a noun phrase, and "be" by a participle or an adjective.

Example:
    >>> expand("wat can u do if ur bro is held 3 days b4 charges? he is 15yo")
    'what can you do if your brother is held 3 days before charges? he is 15 years old'
    >>> expand("U.S. law; the UR code; Wen?")
    'U.S. law; the UR code; when?'
    >>> expand("got 2 yrs 4 theft, hav 2 ask 4 review b4 it can b sealed? 4 lawyers at 2 pm")
    'got 2 years for theft, have to ask for review before it can be sealed? 4 lawyers at 2 pm'
"""

from __future__ import annotations

import re

from assistant.retrieval.hanzi import translate

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
    "msg": "message", "txt": "text", "teh": "the", "nite": "night", "tonite": "tonight",
    "gotta": "have to", "hafta": "have to", "wanna": "want to", "lawers": "lawyers",
    "lawyrs": "lawyers",
    # sound-alike spellings of the key words: in a question about a criminal case "bale" and
    # "persecutor" mean bail and prosecutor, and no one-letter repair reaches them
    "bale": "bail", "bayl": "bail", "jale": "jail", "cort": "court",
    "persecutor": "prosecutor", "persecutors": "prosecutors", "persecuter": "prosecutor",
    "persecuters": "prosecutors",
}  # fmt: skip
# Capitals that name a measure in lawyers' notes ("put him under RS"); only in capitals, so
# "Rs 5,000" (rupees) stays
ACRONYMS = {
    "RS": "residential surveillance",
    "RSDL": "residential surveillance at a designated residence",
    "CNP": "conditional non-prosecution",
}
_FORMS = {form: word for k, word in CHAT.items() for form in (k, k.capitalize())} | ACRONYMS
_WORD = re.compile(
    r"(?<![\w/.])(" + "|".join(re.escape(k) for k in sorted(_FORMS, key=len, reverse=True))
    + r")(?![\w/]|\.\w)"
)  # fmt: skip
_AGE = re.compile(r"\b(\d{1,2})\s*(?:yo|y/o|y\.o\.|yrs? old)\b", re.I)
# Pinyin for the measures and bodies, as foreigners and overseas Chinese type them ("can she
# get qubao houshen?"): written out in the corpus's English; tone marks are not expected
PINYIN = {
    "qubao houshen": "bail pending trial", "qu bao hou shen": "bail pending trial",
    "jianshi juzhu": "residential surveillance", "jian shi ju zhu": "residential surveillance",
    "xingshi juliu": "criminal detention", "xingju": "criminal detention",
    "fujian buqisu": "conditional non-prosecution",
    "fu tiaojian bu qisu": "conditional non-prosecution",
    "futiaojian buqisu": "conditional non-prosecution",
    "buqisu": "non-prosecution", "bu qisu": "non-prosecution", "daibu": "arrest",
    "kanshousuo": "detention house", "jianchayuan": "procuratorate",
    "gonganju": "public security bureau", "huibi": "withdrawal",
    # single words users type alone; each has a "u", which the scan's cheap test relies on
    "qubao": "bail", "juliu": "detention", "juchuan": "compelled appearance",
    "chuanhuan": "summons", "lushi": "lawyer", "paichusuo": "police station",
    "fayuan": "court", "huanxing": "probation", "shencha qisu": "examination for prosecution",
    "jiancha yuan": "procuratorate", "gong an ju": "public security bureau",
}  # fmt: skip
_PINYIN = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(PINYIN, key=len, reverse=True)) + r")\b", re.I
)
# Chinese terms translated word for word (machine translation, non-native writers): written
# in the corpus's English. 取保候审 "take guarantee and wait for trial", 监视居住 "supervised
# residence", 检察院 "procuratorial court", 附条件不起诉 "not prosecute with condition",
# 考验期 "inspection period", 看守所 "guard house".
LITERAL = (
    (r"guarantee,? (?:and )?(?:wait|waiting|await|awaiting) (?:for )?(?:the )?trial", "bail pending trial"),
    (r"take (?:a )?bail pending trial", "get bail pending trial"),
    (r"(?:procuratorial|procurator|procuratorate|inspection) (?:court|hospital|yard)", "procuratorate"),
    (r"(?:supervised|monitored|watched|surveilled) (?:residence|living)|(?:residence|living) under (?:surveillance|supervision|watch)", "residential surveillance"),
    (r"not (?:to )?prosecut(?:e|ion) with (?:a |the )?conditions?(?: attached)?|(?:attached[- ])?conditions?[- ]attached non-?prosecution", "conditional non-prosecution"),
    (r"(?:inspection|examination|observation) period", "probation period"),
    (r"(?:guard|watch|keeping)[- ]?house", "detention house"),
)  # fmt: skip
_LITERAL = [(re.compile(rf"\b(?:{rx})\b", re.I), word) for rx, word in LITERAL]
_LITERAL_NEEDS = re.compile(
    r"guarantee|court|hospital|yard|residence|living|condition|period|house", re.I
)

# What a number counts or is the time of: after "2" or "4" these keep it a number.
_COUNTED = (
    "am pm oclock o a.m p.m st nd rd th x or and of to more other times dozen hundred "
    "thousand million yuan rmb percent people persons men women children kids "
    "day hour week month year minute min sec second time yr hr wk mth "
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december"
).split()
# After these a digit is a number ("at 4", "the 2 of them", "only 2"), never a word.
_TAKES_NUMBER = (
    "at on by of in for to from until till within after before about around over under "
    "than only just last first next every the my his her our their these those all and or "
    "with each another nearly almost aged age is was are were be been"
).split()
_NOT_PLURAL = {"his", "its", "this", "us", "yes", "was", "is", "has", "does", "as", "bus"}
_LINK = re.compile(r"\b([a-z]+) ([24]|b|tel) (?=([a-z]+)(?![\w'.-]))", re.I)
_BE_NEXT = re.compile(r"(ed|en|ible|able)$|^(held|kept|told|out|free|home|ok|okay|there)$")


def _word(before: str, token: str, after: str) -> str:
    """What `token` stands for between the words `before` and `after` (lower case)."""
    if token == "tel":
        return "tell"
    if token == "b":
        return "be" if _BE_NEXT.search(after) else token
    counted = after in _COUNTED or (after.endswith("s") and after not in _NOT_PLURAL)
    if before in _TAKES_NUMBER or counted:
        return token
    return "to" if token == "2" else "for"


def _link(m: re.Match[str]) -> str:
    word = _word(m.group(1).lower(), m.group(2).lower(), m.group(3).lower())
    return f"{m.group(1)} {word if word != m.group(2).lower() else m.group(2)} "


# Cheap necessary conditions for the three rewrites, so that most questions, which need
# none, skip the scans (≈ 30 -> 10 us a question; the outcome cannot change):
# * an _AGE match is a digit, spaces, then "y" or "Y";
# * a _WORD match is a whole run of word characters and slashes (the character before it
#   is not one of [\w/.], the one after not one of [\w/]), so one such run is a form;
# * a _LINK match holds the token between single spaces.
_AGE_NEEDS = re.compile(r"\d\s*y", re.I)
_RUN = re.compile(r"[\w/]+")
_LINK_NEEDS = re.compile(r" (?:[24b]|tel) ", re.I)


def expand(text: str) -> str:
    """`text` with chat shorthand, pinyin and word-for-word translated terms written out
    (case kept where nothing changed); Chinese terms are translated first."""
    text = translate(text)
    if "u" in text or "U" in text:  # every pinyin term has one: most questions skip the scan
        text = _PINYIN.sub(lambda m: PINYIN[m.group(1).lower()], text)
    if _LITERAL_NEEDS.search(text):
        for rx, word in _LITERAL:
            text = rx.sub(word, text)
    if _AGE_NEEDS.search(text):
        text = _AGE.sub(r"\1 years old", text)
    if not _FORMS.keys().isdisjoint(_RUN.findall(text)):
        text = _WORD.sub(lambda m: _FORMS[m.group(1)], text)
    return _LINK.sub(_link, text) if _LINK_NEEDS.search(text) else text
