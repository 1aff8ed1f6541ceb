"""Non-English questions: map key legal terms to the corpus's English terms.

The instruments are English translations of Chinese texts, so Chinese users are
likely to type the original terms; a short reviewed list bridges them. Answers
are always in English, and say so.
"""

from __future__ import annotations

import re

ZH_TERMS = {
    "附条件不起诉": "conditional non-prosecution minor", "犯罪记录封存": "seal criminal records",
    "取保候审": "bail pending trial", "监视居住": "residential surveillance",
    "不起诉": "decision not to prosecute", "不立案": "not file a case", "拘留": "detention detained",
    "逮捕": "arrest", "律师": "lawyer defender", "辩护": "defense", "家属": "family members",
    "家人": "family members", "通知": "notify notice", "检察院": "procuratorate",
    "公安": "public security organ", "警察": "police public security organ",
    "未成年": "minor juvenile", "起诉": "prosecution", "立案": "file a case", "会见": "meet",
    "讯问": "interrogate", "审讯": "interrogate", "期限": "time limit period", "多久": "how long",
    "多长时间": "how long", "哺乳": "breastfeeding baby", "怀孕": "pregnant",
    "回避": "withdrawal recuse", "搜查": "search", "证人": "witness", "被害人": "victim",
    "羁押": "custody detention", "传唤": "summon", "拘传": "compelled appearance",
    "小时": " hours", "天": " days", "日内": " days within", "个月": " months", "复议": "reconsideration",
    "申诉": "complaint", "保证人": "guarantor", "保证金": "security deposit",
}  # fmt: skip
ES_TERMS = {
    "policía": "police", "policia": "police", "detenido": "detained", "detenida": "detained",
    "detención": "detention", "arrestado": "arrested", "arresto": "arrest", "abogado": "lawyer",
    "familia": "family", "avisar": "notify", "notificar": "notify", "fianza": "bail",
    "horas": "hours", "días": "days", "dias": "days", "meses": "months", "fiscal": "prosecutor",
    "fiscalía": "procuratorate", "menor": "minor", "cuánto": "how long", "cuanto": "how long",
    "tiempo": "time", "hermano": "brother", "hijo": "son", "interrogar": "interrogate",
}  # fmt: skip
_ES_WORD = re.compile(r"[a-záéíóúñü]+", re.I)

NOTE = (
    "I answer in English only: the instruments are English translations. "
    "I matched the key legal terms in your question; please check the result."
)


def bridge(text: str, language: str) -> str:
    """English retrieval text for a non-English question ('' if nothing matched)."""
    if language == "zh":
        found = [
            en for zh, en in sorted(ZH_TERMS.items(), key=lambda kv: -len(kv[0])) if zh in text
        ]
        digits = re.findall(r"\d+\s*(?:小时|天|日|个月)", text)
        extra = [re.sub(r"小时", " hours", re.sub(r"天|日", " days", d)) for d in digits]
        return " ".join(dict.fromkeys(found + extra))
    words = [ES_TERMS.get(w.lower()) for w in _ES_WORD.findall(text)]
    return " ".join(dict.fromkeys(w for w in words if w))
