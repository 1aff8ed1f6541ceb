"""Chinese terms in an English question written in the corpus's English (pure, data).

Chinese speakers writing in English often keep the legal terms in Chinese ("can my
husband get 取保候审? he was 拘留 by 派出所 on 3月2日"): the corpus is English, so neither
BM25 nor the embedding model nor the rule router can read them. The measures, bodies,
people, steps and kin words of criminal procedure are written out here in the corpus's
own terms, as are dates ("3月2日", "2026年3月2日"), periods ("15天", "2个月", "24小时") and
ages ("17岁") written with digits, and the full stop and list comma that NFKC leaves.
Other Chinese characters (particles such as 被, 了, 的) are dropped: nothing downstream
reads them and they only split words. A question without Chinese characters is returned
unchanged, so English text never pays for the scan beyond one `isascii`; so is a question
mostly in Chinese, which the answer layer bridges with its own keywords
(`assistant.answer.languages`): translated in place as well, the same terms counted twice and
moved two of the evaluation set's four Chinese questions down.

Example:
    >>> translate("my son was taken by 派出所 on 3月2日 at 晚上9点, can he get 取保候审？")
    'my son was taken by police station on 2 March at 21:00, can he get bail pending trial?'
"""

from __future__ import annotations

import re

# Longest first where one term contains another (监视居住 inside 指定居所监视居住).
TERMS: dict[str, str] = {
    # measures
    "指定居所监视居住": "residential surveillance at a designated residence",
    "监视居住": "residential surveillance", "取保候审": "bail pending trial",
    "取保": "bail", "刑事拘留": "criminal detention", "行政拘留": "administrative detention",
    "拘留": "detention", "拘役": "criminal detention", "批准逮捕": "approval of arrest",
    "逮捕": "arrest", "拘传": "compelled appearance", "传唤": "summons", "羁押": "custody",
    "保证金": "bail deposit", "保证人": "guarantor", "没收": "forfeit",
    # bodies and places
    "人民检察院": "procuratorate", "检察院": "procuratorate", "检察机关": "procuratorate",
    "检察官": "prosecutor", "检察长": "chief procurator", "公安机关": "public security organ",
    "公安局": "public security bureau", "派出所": "police station", "公安": "police",
    "警察": "police", "民警": "police officer", "人民法院": "court", "法院": "court",
    "看守所": "detention house", "人大代表": "people's congress deputy",
    "人大": "people's congress", "政协委员": "CPPCC member",
    # people
    "犯罪嫌疑人": "suspect", "嫌疑人": "suspect", "被告人": "defendant",
    "被害人": "victim", "受害人": "victim", "辩护律师": "defence lawyer",
    "辩护人": "defender", "律师": "lawyer", "未成年人": "minor", "未成年": "minor",
    "监护人": "guardian", "法定代理人": "legal representative", "家属": "family",
    "儿子": "son", "女儿": "daughter", "丈夫": "husband", "老公": "husband",
    "妻子": "wife", "老婆": "wife", "父亲": "father", "爸爸": "father", "母亲": "mother",
    "妈妈": "mother", "哥哥": "brother", "弟弟": "brother", "姐姐": "sister",
    "妹妹": "sister",
    # steps and decisions
    "附条件不起诉": "conditional non-prosecution", "不起诉": "non-prosecution",
    "审查起诉": "examination for prosecution", "起诉": "prosecution",
    "不立案": "not file the case", "立案": "file the case", "补充侦查": "supplementary investigation",
    "侦查": "investigation", "回避": "withdrawal", "复议": "reconsideration", "复核": "review",
    "申诉": "complaint", "会见": "meeting", "搜查证": "search warrant", "搜查": "search",
    "犯罪记录封存": "sealing of criminal records", "封存": "sealing", "缓刑": "probation",
    "考验期": "probation period", "累犯": "recidivist", "释放": "release",
    "延长": "extension", "申请": "application",
    # circumstances
    "哺乳期": "breastfeeding", "哺乳": "breastfeeding", "怀孕": "pregnant",
    "孕妇": "pregnant woman", "严重疾病": "serious illness", "重病": "serious illness",
    "生活不能自理": "unable to care for herself", "危害国家安全": "endangering state security",
    "恐怖活动": "terrorist activities", "特别重大贿赂": "exceptionally serious bribery",
    # days
    "前天": "the day before yesterday", "昨天": "yesterday", "今天": "today",
    "明天": "tomorrow",
}  # fmt: skip
_TERM = re.compile("|".join(re.escape(k) for k in sorted(TERMS, key=len, reverse=True)))
# English names whatever the locale (calendar.month_name follows LC_TIME)
_MONTH = (
    "January February March April May June July August September October November December"
).split()
# "2026年3月2日", "3月2号", "3月", "15号", "2025年": dates as the rest of the router writes them
_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?(?:份)?")
_DAY = re.compile(r"(\d{1,2})\s*[日号]")
_YEAR = re.compile(r"(\d{4})\s*年")
# "15天", "2个月", "24小时", "3年", "17岁"; 月 only with 个 ("3月" is March)
_PERIOD = re.compile(r"(\d{1,3})\s*(天|个\s*月|个?\s*小时|个?\s*星期|周|年|岁)")
_UNIT = {"天": "days", "月": "months", "时": "hours", "期": "weeks", "周": "weeks", "年": "years",
         "岁": "years old"}  # fmt: skip
# "晚上9点半", "下午3点20分", "凌晨2点": the part of the day decides am or pm
_CLOCK = re.compile(
    r"(上午|早上|早晨|凌晨|中午|下午|晚上|夜里)?\s*(\d{1,2})\s*点\s*(半|(\d{1,2})\s*分?)?"
)
_PM = ("中午", "下午", "晚上", "夜里")
# CJK punctuation, full-width as typed (the router's NFKC runs first, a search query's not)
_STOPS = str.maketrans({
    "。": ". ", "、": ", ", "，": ", ", "？": "?", "！": "!", "：": ": ", "；": "; ",
    "（": " (", "）": ") ", "「": '"', "」": '"', "《": '"', "》": '"',
})  # fmt: skip
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
CJK = re.compile(r"[\u3400-\u9fff]")  # a Chinese character (also `answer.normalize`)
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date(m: re.Match[str]) -> str:
    month = int(m.group(2))
    if not 1 <= month <= 12:
        return m.group(0)
    year = f" {m.group(1)}" if m.group(1) else ""
    day = f"{int(m.group(3))} " if m.group(3) else ""
    return f" {day}{_MONTH[month - 1]}{year} "


def _clock(m: re.Match[str]) -> str:
    part, hour = m.group(1), int(m.group(2))
    minute = 30 if m.group(3) == "半" else int(m.group(4) or 0)
    if hour > 24 or minute > 59:
        return m.group(0)
    if part in _PM and hour < 12 and not (part == "中午" and hour >= 11):
        hour += 12
    at = "" if m.string[: m.start()].rstrip().lower().endswith(("at", "by", "until")) else "at "
    return f" {at}{hour:02d}:{minute:02d} "


def mostly_chinese(text: str) -> bool:
    """Whether `text` is a Chinese question rather than English with Chinese terms in it: it
    has at least twice as many Chinese characters as Latin words (a character carries about
    what a word does, and a Chinese sentence keeps a few Latin words such as "WeChat")."""
    return len(CJK.findall(text)) >= max(2, 2 * len(_LATIN_WORD.findall(text)))


def translate(text: str) -> str:
    """`text` with its Chinese legal terms, dates and periods in English and other Chinese
    characters dropped; text without Chinese characters, or mostly Chinese, is returned as it
    is (a Chinese question gets its own search bridge: `assistant.answer.languages`)."""
    if text.isascii() or not _HAN.search(text) or mostly_chinese(text):
        return text
    text = _CLOCK.sub(_clock, _DATE.sub(_date, text.translate(_STOPS)))
    text = _PERIOD.sub(lambda m: f" {m.group(1)} {_UNIT[m.group(2)[-1]]} ", text)
    text = _YEAR.sub(r" \1 ", _DAY.sub(lambda m: f" the {_ordinal(int(m.group(1)))} ", text))
    text = _TERM.sub(lambda m: f" {TERMS[m.group(0)]} ", text)
    text = _HAN.sub(" ", text)
    # the padding above may leave runs of spaces or a space before punctuation
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"(^|\n|\() +", r"\1", text)
    return re.sub(r" +([,.?!:;)])", r"\1", text).strip(" ")
