"""Is a question within what these instruments cover? Pure, from words and retrieval scores."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.types import Hit

# Words that place a question in criminal procedure (stems, matched at word starts).
_DOMAIN = re.compile(
    r"\b(polic|cop|arrest|detain|detention|custod|bail|guarant|surety|prosecut|procurat|"
    r"suspect|crim|investigat|interrogat|lawyer|defen[cs]|defender|attorney|court|judge|"
    r"trial|charge|jail|prison|sentenc|warrant|search|seiz|evidence|witness|victim|juvenile|"
    r"minor|surveillance|house arrest|recus|withdraw|no-?filing|file a case|public security|"
    r"offen[cs]|convict|probation|appeal|reconsider|confess|summon|escort|held|hold|took|"
    r"taken|picked up|lock)",
    re.I,
)
# Topics plainly outside these instruments: other areas of law, everyday chat, coding.
# Stems match at word starts; short words carry their own end boundary ("excel\b").
_OUTSIDE = re.compile(
    r"\b(divorc|custody of (?:my|the|our) (?:kids|children|child|son|daughter)|child support|"
    r"alimony|marriage|prenup|inherit|will and testament|probate|"
    r"income tax|tax (?:return|refund|rate|bracket|deduction|filing)|vat\b|tenan|landlord|"
    r"rent\b|renting|lease\b|evict|mortgage|"
    r"visa|immigration|residence permit|work permit|green card|citizenship|naturali[sz]|asylum|"
    r"copyright|trademark|patent|employment contract|labou?r (?:law|contract|arbitration|dispute)|"
    r"salary|wage|overtime|severance|unfair dismissal|wrongful (?:termination|dismissal)|"
    r"maternity leave|annual leave|"
    r"traffic (?:fine|ticket|violation)|parking (?:fine|ticket)|speeding|demerit points|"
    r"breach of contract|contract dispute|small claims|warranty|consumer rights|"
    r"insurance claim|medical malpractice|set up a company|register a company|"
    r"foreign-owned|business licen[cs]e|incorporat|shareholder|bankrupt|loan agreement|"
    r"debt collect|weather|forecast|recipe|cook(?:ing|ed)?\b|bak(?:e|ing)\b|restaurant|movie|"
    r"song\b|football|basketball|joke\b|poem\b|python|javascript|java\b|sql\b|excel\b|"
    r"spreadsheet|compiler?\b|source code|stock market|stocks\b|bitcoin|crypto|jury)",
    re.I,
)
# Other countries' law: these are the People's Republic of China's instruments only.
_FOREIGN = re.compile(
    r"\b(united states|u\.s\.|usa|america|uk|britain|england|english law|scotland|ireland|"
    r"wales|california|texas|new york|canada|australia|germany|france|italy|spain|russia|"
    r"india|japan|korea|singapore|hong kong|macau|macao|taiwan|thailand|vietnam|brazil|"
    r"mexico|european union|eu law|dubai|new zealand|philippines|malaysia|indonesia|"
    r"fbi|miranda|fifth amendment|plead the fifth|"
    # a nationality names another system only with a legal noun: "Japanese prosecutors",
    # not "my Korean friend was detained in Beijing"
    r"(?:american|us|federal|british|english|canadian|australian|german|french|italian|"
    r"spanish|russian|indian|japanese|korean|european|state) (?:police|cops|prosecutors?|"
    r"courts?|judges?|laws?|rules|legal|criminal|system|constitution|authorities))\b",
    re.I,
)


def _words(*alternatives: str, anchored: bool = False) -> re.Pattern[str]:
    """Any of the phrases as whole words (at the start of the text if `anchored`)."""
    body = "|".join(alternatives)
    return re.compile(rf"^(?:{body})\b" if anchored else rf"\b(?:{body})\b", re.I)


_CHINA = _words(
    "china",
    "chinese",
    "prc",
    "mainland",
    "procuratorate",
    "public security organ",
    "beijing",
    "shanghai",
    "shenzhen",
    "guangzhou",
    "chengdu",
    "wuhan",
    "hangzhou",
    "nanjing",
    "tianjin",
    "chongqing",
    "xi'?an",
)
# Requests for entertainment are not questions about the law, whatever they mention.
_PLAY = re.compile(
    r"\b(tell|write|give|compose|make up)\b.{0,25}\b(jokes?|poems?|story|stories|songs?|"
    r"riddles?|limericks?|recipes?)\b",
    re.I,
)
# Small talk: no legal question at all.
_CHAT = _words(
    "hi",
    "hello",
    "hey",
    "thanks",
    "thank you",
    "good (?:morning|evening)",
    "how are you",
    "who are you",
    "what(?:'s| is) your name",
    "tell me about yourself",
    anchored=True,
)


@dataclass(frozen=True)
class ScopeThresholds:
    """Tuned on the evaluation set's dev split (see eval/README.md)."""

    dense_min: float = 0.30  # best dense cosine below this, with no domain words: decline
    dense_strong: float = 0.45  # at or above this the corpus clearly talks about it


def decide_scope(question: str, hits: Sequence[Hit], t: ScopeThresholds | None = None) -> bool:
    """True when the question should be answered from the corpus."""
    t = t or ScopeThresholds()
    best = max((h.scores.get("dense", 0.0) for h in hits), default=0.0)
    domain = bool(_DOMAIN.search(question))
    if _PLAY.search(question):
        return False
    if _FOREIGN.search(question) and not _CHINA.search(question):
        return False  # "how long can Japanese prosecutors detain…": another country's law
    if _OUTSIDE.search(question) or (_CHAT.match(question.strip()) and not domain):
        # "my landlord called the police and they detained me" is still in scope
        return best >= t.dense_strong and domain
    if domain:
        return bool(hits)
    return best >= t.dense_min


def clearly_outside(question: str) -> bool:
    """Words alone place the question outside: another area of law, country, or chat."""
    foreign = _FOREIGN.search(question) and not _CHINA.search(question)
    chat = _CHAT.match(question.strip()) and not _DOMAIN.search(question)
    return bool(_PLAY.search(question) or foreign or _OUTSIDE.search(question) or chat)


def declined_by_words(question: str) -> bool:
    """Outside by its own words and with no criminal-procedure word: no conversation
    history or retrieval score brings "what's the weather tomorrow?" back into scope."""
    return clearly_outside(question) and not _DOMAIN.search(question)


def covered_summary() -> str:
    return (
        "These instruments cover Chinese criminal procedure only: detention, arrest, bail "
        "pending trial, residential surveillance, defence lawyers, investigation, filing and "
        "not filing cases, prosecution and non-prosecution, juvenile cases, and the time "
        "limits for each."
    )
