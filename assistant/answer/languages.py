"""Non-English questions: map key legal terms to the corpus's English terms.

The instruments are English translations of Chinese texts, so Chinese users are
likely to type the original terms; a short reviewed list bridges them. Answers
are always in English, and say so.
"""

from __future__ import annotations

import re
import unicodedata

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
    # measures and custody
    "强制措施": "compulsory measures", "刑事拘留": "criminal detention", "看守所": "detention house",
    "关押": "custody detention house", "批准逮捕": "approve arrest", "批捕": "approve arrest",
    "提请": "submit request approval", "延长": "extend extension", "释放": "release",
    "放人": "release", "解除": "lift terminate", "撤销": "revoke cancel", "变更": "change",
    "没收": "confiscate", "退还": "return", "出境": "leave exit",
    "离开": "leave", "住处": "residence domicile", "指定居所": "designated residence",
    "报到": "report", "通缉": "wanted order", "在逃": "flee escape", "逃跑": "flee escape",
    "身份不明": "identity unknown", "真实姓名": "real name", "戒具": "restraint devices",
    "手铐": "restraint devices",
    # investigation and evidence
    "侦查": "investigation", "补充侦查": "supplementary investigation",
    "审查起诉": "examination and prosecution", "移送": "transfer", "退回": "return",
    "证据": "evidence", "口供": "confession statement", "刑讯逼供": "extort confession torture",
    "非法证据": "illegal evidence", "威胁": "threat", "引诱": "inducement",
    "欺骗": "deception", "扣押": "seize detain", "查封": "seal up", "冻结": "frozen",
    "鉴定": "appraisal expert", "笔录": "written record", "签名": "sign",
    "录音录像": "audio video recording", "勘验": "inquest examination", "辨认": "identification",
    "翻译": "interpreter translation", "精神病": "mental illness", "聋哑": "deaf mute",
    # rights and remedies
    "法律援助": "legal aid", "辩护人": "defender", "委托": "entrust", "通信": "correspond",
    "阅卷": "consult case file", "控告": "accuse complaint", "举报": "report", "报案": "report case",
    "立案监督": "case filing supervision", "上一级": "higher level", "复核": "review",
    "检察长": "chief procurator", "检察委员会": "procuratorial committee",
    "负责人": "person in charge head", "管辖": "jurisdiction", "赔偿": "compensation",
    "认罪": "plead guilty confess", "自首": "surrender", "和解": "mediation settlement",
    "人大代表": "people's congress deputy", "政协委员": "CPPCC member",
    "外国人": "foreigner", "国家安全": "state security", "恐怖": "terrorist",
    # minors
    "考验期": "probation period", "公益劳动": "public welfare labor community",
    "矫治教育": "corrective education", "监护人": "guardian", "法定代理人": "legal representative",
    "父母": "parents legal representative", "学校": "school", "社会调查": "social investigation",
    "封存": "seal", "犯罪记录": "criminal record", "分案": "separate cases",
    "特定场所": "specific place", "网吧": "specific place",
}  # fmt: skip
# Spanish, French, Portuguese and German (the other languages `normalize` recognises),
# written without accents: the question is matched with its accents removed, phrases
# before single words.
OTHER_TERMS = {
    # Spanish
    "policia": "police", "detenido": "detained", "detenida": "detained", "detuvo": "detained",
    "detuvieron": "detained", "arrestaron": "arrested",
    "detencion": "detention", "detener": "detain", "arrestado": "arrested",
    "arresto": "arrest", "aprobacion del arresto": "approval of arrest",
    "prision preventiva": "detention custody", "arresto domiciliario": "residential surveillance",
    "vigilancia": "surveillance", "abogado": "lawyer defender", "reunirse": "meet",
    "visitar": "meet visit", "familia": "family", "familiares": "family members",
    "avisar": "notify", "notificar": "notify", "fianza": "bail pending trial",
    "libertad bajo fianza": "bail pending trial", "garante": "guarantor", "fiador": "guarantor",
    "deposito": "security deposit", "horas": "hours", "dias": "days", "meses": "months",
    "semanas": "weeks", "anos": "years", "fiscal": "prosecutor", "fiscalia": "procuratorate",
    "no acusar": "not prosecute", "acusar": "prosecute", "acusacion": "prosecution",
    "condicional": "conditional", "menor": "minor", "antecedentes penales": "criminal record",
    "sellar": "seal", "victima": "victim", "testigo": "witness", "recusacion": "withdrawal",
    "plazo": "time limit", "cuanto tiempo": "how long", "cuanto": "how long",
    "cuando": "when", "tiempo": "time", "hermano": "brother", "hijo": "son", "hija": "daughter",
    "padre": "father", "madre": "mother", "esposo": "husband", "marido": "husband",
    "esposa": "wife", "embarazada": "pregnant", "amamantando": "breastfeeding",
    "lactancia": "breastfeeding", "interrogar": "interrogate", "interrogatorio": "interrogation",
    "registro": "search", "apelar": "appeal", "reconsideracion": "reconsideration",
    "denuncia": "report case", "investigacion": "investigation", "sospechoso": "suspect",
    "carcel": "detention house", "liberar": "release", "liberado": "released",
    "robo": "theft", "delito": "crime", "pedir": "request", "solicitar": "apply request",
    # French
    "avocat": "lawyer defender", "garde a vue": "detention", "detenu": "detained",
    "arrete": "arrested", "arrestation": "arrest", "caution": "bail pending trial",
    "liberte sous caution": "bail pending trial", "famille": "family", "procureur": "prosecutor",
    "parquet": "procuratorate", "mineur": "minor", "jours": "days", "heures": "hours",
    "mois": "months", "combien de temps": "how long", "prevenir": "notify",
    "interrogatoire": "interrogation", "temoin": "witness", "frere": "brother", "fils": "son",
    "mari": "husband", "enceinte": "pregnant", "mise en examen": "prosecution",
    # Portuguese
    "policia civil": "police", "preso": "detained", "prisao": "arrest detention",
    "advogado": "lawyer defender", "fianca": "bail pending trial", "promotor": "prosecutor",
    "ministerio publico": "procuratorate", "menor de idade": "minor", "irmao": "brother",
    "filho": "son", "quanto tempo": "how long", "dias uteis": "days",
    # German
    "polizei": "police", "festgenommen": "detained arrested", "festnahme": "detention arrest",
    "haft": "detention custody", "untersuchungshaft": "detention custody",
    "anwalt": "lawyer defender", "rechtsanwalt": "lawyer defender", "kaution": "bail pending trial",
    "staatsanwalt": "prosecutor", "staatsanwaltschaft": "procuratorate", "familie": "family",
    "benachrichtigen": "notify", "stunden": "hours", "tage": "days", "tagen": "days",
    "monate": "months", "wie lange": "how long", "minderjahrig": "minor", "bruder": "brother",
    "sohn": "son", "schwanger": "pregnant", "zeuge": "witness", "verhor": "interrogation",
}  # fmt: skip
# longer terms first (as the other languages' alternation), sorted once, not per question
_ZH_LONGEST_FIRST = tuple(sorted(ZH_TERMS.items(), key=lambda kv: -len(kv[0])))
_OTHER = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(OTHER_TERMS, key=len, reverse=True)) + r")\b"
)


def _plain(text: str) -> str:
    """Lower case without accents ("detención" -> "detencion", "ß" kept)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


NOTE = (
    "I answer in English only: the instruments are English translations. "
    "I matched the key legal terms in your question; please check the result."
)


def bridge(text: str, language: str) -> str:
    """English retrieval text for a non-English question ('' if nothing matched)."""
    if language == "zh":
        found = [en for zh, en in _ZH_LONGEST_FIRST if zh in text]
        digits = re.findall(r"\d+\s*(?:小时|天|日|个月)", text)
        extra = [re.sub(r"小时", " hours", re.sub(r"天|日", " days", d)) for d in digits]
        return " ".join(dict.fromkeys(found + extra))
    found = [OTHER_TERMS[m.group(1)] for m in _OTHER.finditer(_plain(text))]
    return " ".join(dict.fromkeys(found))
