"""The word lists the scope decision reads (data only; the logic is in scope.py).

Stems match at word starts; short words carry their own end boundary ("excel\\b").
"""

from __future__ import annotations

import re


def _words(*alternatives: str, anchored: bool = False) -> re.Pattern[str]:
    """Any of the phrases as whole words (at the start of the text if `anchored`)."""
    body = "|".join(alternatives)
    return re.compile(rf"^(?:{body})\b" if anchored else rf"\b(?:{body})\b", re.I)


# Words that place a question in criminal procedure.
DOMAIN = re.compile(
    r"\b(polic|cop|arrest|detain|detention|custod|bail|guarant|surety|prosecut|procurat|"
    r"suspect|crim|investigat|interrogat|lawyer|defen[cs]|defender|attorney|court|judge|"
    r"trial|charge|jail|prison|sentenc|warrant|search|seiz|evidence|witness|victim|juvenile|"
    r"minor|surveillance|house arrest|recus|withdraw|no-?filing|file a case|public security|"
    r"offen[cs]|convict|probation|appeal|reconsider|confess|summon|escort|held|hold|took|"
    r"taken|picked up|lock)",
    re.I,
)
# The criminal measures and actors themselves: "custody", "appeal" or "police" alone do not
# bring a divorce, a traffic fine or a landlord back into scope; "detained", "bail" do.
MEASURES = re.compile(
    r"\b(arrest|detain|detention|bail|guarant|surety|procurat|prosecutor|suspect|crim|"
    r"investigat|interrogat|surveillance|house arrest|file a case|public security)",
    re.I,
)
# A substantive question asked together with one of these is about how the case is handled
# ("can he get bail if the crime carries three years?", "can the prosecutor recommend a
# lighter sentence?"): procedure, answered.
PROCEDURE = re.compile(
    r"\b(bail|guarant|surety|released? pending|detain|detention|arrest|surveillance|"
    r"house arrest|procurat|prosecutors?\b|non-?prosecut|not (?:to )?(?:be )?prosecut|"
    r"drop(?:ped)? the case|lawyer|counsel|legal aid|defender|attorney|polic|cops?\b|"
    r"public security|investigat|interrogat|question(?:ed|ing)\b|file a case|filing|"
    r"record(?:s)? (?:be )?seal|seal|recommend|plea|plead|admits? guilt|confess|"
    r"appropriate adult|guardian|probation officer|custody|"
    r"(?:hold|held)\b(?! (?:criminally|responsible|liable|accountable))|locked up)",
    re.I,
)
# Named offences, for frames that need one ("the difference between injury and homicide").
OFFENCE = re.compile(
    r"\b(theft|steal|stole|shoplift|robb|burglar|fraud|scam|swindl|embezzl|brib|corrupt|"
    r"murder|homicide|kill|manslaughter|rape|sexual|assault|injur|drug|heroin|meth|cocaine|"
    r"cannabis|marijuana|traffick|smuggl|drunk driv|drink driv|dangerous driv|hit and run|"
    r"tax evasion|gambl|usury|loan shark|counterfeit|forg|kidnap|arson|money launder|"
    r"hack|pirat|prostitut|porn|provoking trouble|picking quarrels|misappropriat)",
    re.I,
)
# Substantive criminal law: what is a crime, its penalty, defences, limitation periods.
SUBSTANTIVE = re.compile(
    # the penalty a crime carries: "punishment for theft", "max sentence for drunk driving"
    r"\b(?:punishments?|penalt(?:y|ies)|sentences?|sentance|sentencing|jail time|prison time|"
    r"prison term|fines?|punished|sentenced) (?:\w+ )?for\b|"
    r"\b(?:what|which) (?:kind of |sort of |type of )?(?:penalt(?:y|ies)|punishments?|sentences?|"
    r"sentance)\b|"
    r"\b(?:maximum|minimum|max|min|usual|typical|average) (?:sentence|sentance|penalty|"
    r"punishment|jail|prison)|"
    r"\bhow (?:many years|much (?:jail|prison|time)|long (?:in |of )?(?:prison|jail))\b"
    r"[^?.]{0,50}\b(?:get|gets|serve|face|receive|be sentenced|be punished)\b(?! to\b)|"
    r"\bhow long (?:will|would|could|might|can|does|do) [^?.]{1,30}? (?:get|serve|face|"
    r"be sentenced|be punished|be in (?:prison|jail))\b(?! to\b)|"
    # the outcome for the person: "is he going to prison?", "can he be jailed for that?"
    r"\b(?:going to|go to|end up in) (?:prison|jail)\b|\bbe jailed for\b|"
    r"\bwhat (?:do|does|will|would|could) (?:they|he|she|you|people|someone|one) "
    r"(?:usually |normally |typically |probably )?get\b(?! to\b)|"
    r"\bhow (?:serious|bad|severe|heavy) is (?:the |a |an |this |that )?(?:crime|offen[cs]e|"
    r"charge|punishment|sentence)|\bcriminally (?:punish|liable|responsible)|\bpunishable\b|"
    r"\b(?:does|do|will|would) (?:china|the law|chinese law|the state) punish|"
    r"\bhow (?:much|many)\b[^?.]{0,60}\bbefore\b[^?.]{0,40}\b(?:crime|criminal|prison|jail)|"
    r"\b(?:death penalty|death sentence|capital punishment|executed|execution|"
    r"life imprisonment|life sentence)\b|"
    r"\bpunished (?:the same|more|less|as|differently|harder|harsher)|"
    r"\b(?:lighter|heavier|harsher|longer|shorter|reduced?|commuted?) (?:his |her |my |the )?"
    r"(?:sentence|punishment|penalty)|"
    r"\b(?:court|judge)s? (?:decide|give|impose|hand down|choose)[^?.]{0,40}\b(?:sentence|punish)|"
    # whether conduct is a crime
    r"\bis (?:it|this|that) (?:a |an )?(?:crime|criminal|illegal|unlawful|against the law|"
    r"(?:a )?(?:criminal )?offen[cs]e)\b|"
    r"\bis [^?.]{1,60}? (?:a crime|illegal|a criminal offen[cs]e|against the law)\b|"
    r"\b(?:(?:count|counts|counted|qualif(?:y|ies)) as|constitutes?|amounts? to) (?:the |a |an )?"
    r"(?:crime|criminal|offen[cs]e)|"
    r"\b(?:elements?|definition) of (?:the |a |an )?(?:crime|offen[cs]e)|"
    # defences and limitation periods
    r"\b(?:self[- ]?defen[cs]e|(?:excessive|justifiable|legitimate) defen[cs]e|"
    r"statute of limitations?|limitation period|prescription period|"
    r"(?:crimes?|offen[cs]es?) (?:expire|lapse)|no longer (?:be )?(?:prosecuted|punished))\b|"
    r"\b(?:how many|how much) (?:grams?|kg|kilos?|kilograms?)\b|\bgrams of\b",
    re.I,
)
# Frames that are substantive only with a named offence: "the difference between injury and
# homicide", "have I committed theft?", "what qualifies as rape?", "are gambling sites legal?"
DIFFERENCE = re.compile(
    r"\bdifference between\b|\bcommit(?:ted|ting)?\b|\b(?:qualif(?:y|ies)|counts?|classed) as\b|"
    r"\b(?:is|are) [^?.]{1,50}? (?:legal|lawful|allowed|permitted)\b",
    re.I,
)
# The age at which a person answers for a crime (the Criminal Law's, not procedure).
RESPONSIBILITY_AGE = re.compile(r"\b(?:what|which|minimum) age\b|\bhow old\b", re.I)
RESPONSIBILITY = re.compile(
    r"\bcriminal(?:ly)? (?:responsib|liab)|\b(?:go|sent) to (?:jail|prison)\b|"
    r"\bbe (?:jailed|punished|locked up)\b",
    re.I,
)
# Trial and appeal at court (the courts' own procedure, not in these instruments).
COURT = re.compile(
    r"\b(?:first|second)[- ]instance\b|\bretrial\b|\bcourt hearing|\bcourtroom\b|"
    r"\bappeal (?:a |the |my |his |her |against (?:a |the |my |his |her )?)?(?:\w+ )?"
    r"(?:judgment|verdict|conviction|ruling)|\bwho speaks first\b",
    re.I,
)
# A minor's trial is in scope: the juvenile provisions (Arts 55-61) say how the prosecutor
# prepares for and behaves at a juvenile court hearing, at first and second instance.
JUVENILE = re.compile(
    r"\b(?:juvenile|minors?\b|teen|under[- ](?:age|18)|1[0-7][- ]?(?:yo\b|y/o|years?[- ]old)|"
    r"(?:son|daughter|child|kid|boy|girl) \(?1[0-7]\b)",
    re.I,
)
# Topics plainly outside these instruments: other areas of law, everyday chat, coding.
OUTSIDE = re.compile(
    r"\b(divorc|custody of (?:my|the|our) (?:kids|children|child|son|daughter)|child support|"
    r"alimony|marriage|prenup|inherit|will and testament|probate|"
    r"income tax|tax (?:return|refund|rate|bracket|deduction|filing|decision|bureau)|vat\b|"
    r"tenan|landlord|rent\b|renting|lease\b|evict|mortgage|"
    r"visa|immigration|residence permit|work permit|green card|citizenship|naturali[sz]|asylum|"
    r"copyright|trademark|patent|employment contract|labou?r (?:law|contract|arbitration|dispute)|"
    r"salary|wage|overtime|severance|unfair dismissal|wrongful (?:termination|dismissal)|"
    r"maternity leave|annual leave|"
    r"traffic (?:fine|ticket|violation)|parking (?:fine|ticket)|speeding|demerit points|"
    r"red light|driving licen[cs]e|administrative (?:reconsideration|litigation|lawsuit|penalt)|"
    r"breach of contract|contract dispute|small claims|warranty|consumer rights|"
    r"insurance claim|medical malpractice|set up a company|register a company|"
    r"foreign-owned|business licen[cs]e|incorporat|shareholder|bankrupt|loan agreement|"
    r"debt collect|weather|forecast|recipe|cook(?:ing|ed)?\b|bak(?:e|ing)\b|restaurant|movie|"
    r"song\b|football|basketball|joke\b|poem\b|python|javascript|java\b|sql\b|excel\b|"
    r"spreadsheet|compiler?\b|source code|stock market|stocks\b|bitcoin|crypto|jury|"
    r"cover letter|resume\b|cv\b|job application|essay|sue\b|suing\b|lawsuit|adopt|"
    r"(?:write|draft|compose) (?:me |us )?(?:an? |the |my )?(?:[\w-]+ )?(?:letter|email|speech|message))",
    re.I,
)
# Other countries' law: these are the People's Republic of China's instruments only.
FOREIGN = re.compile(
    r"\b(united states|u\.s\.|usa|america|uk|britain|england|english law|scotland|ireland|"
    r"wales|california|texas|new york|canada|australia|germany|france|italy|spain|russia|"
    r"india|japan|korea|singapore|hong kong|macau|macao|taiwan|thailand|vietnam|brazil|"
    r"mexico|european union|eu law|dubai|new zealand|philippines|malaysia|indonesia|"
    r"kuala lumpur|bangkok|tokyo|seoul|london|paris|sydney|toronto|"
    r"fbi|miranda|fifth amendment|plead the fifth|"
    # a nationality names another system only with a legal noun: "Japanese prosecutors",
    # not "my Korean friend was detained in Beijing"
    r"(?:american|us|federal|british|english|canadian|australian|german|french|italian|"
    r"spanish|russian|indian|japanese|korean|european|state|malaysian|singaporean|thai|"
    r"vietnamese|indonesian|filipino) (?:police|cops|prosecutors?|"
    r"courts?|judges?|laws?|rules|legal|criminal|system|constitution|authorities))\b",
    re.I,
)
CHINA = _words("china", "chinese", "prc", "mainland", "procuratorate", "public security organ",
               "beijing", "shanghai", "shenzhen", "guangzhou", "chengdu", "wuhan", "hangzhou",
               "nanjing", "tianjin", "chongqing", "xi'?an",
               # provinces and more cities: "detained in Fujian, his sister lives in London"
               "fujian", "guangdong", "zhejiang", "jiangsu", "shandong", "henan", "hebei",
               "hunan", "hubei", "sichuan", "yunnan", "guizhou", "guangxi", "hainan", "anhui",
               "jiangxi", "shanxi", "shaanxi", "gansu", "qinghai", "xinjiang", "ningxia",
               "heilongjiang", "jilin", "liaoning", "inner mongolia", "harbin", "dalian",
               "qingdao", "xiamen", "suzhou", "kunming", "changsha", "zhengzhou", "jinan",
               "shenyang", "fuzhou", "hefei", "nanning", "urumqi", "lhasa", "dongguan",
               "foshan", "ningbo", "wenzhou")  # fmt: skip
# Requests for entertainment are not questions about the law, whatever they mention.
PLAY = re.compile(
    r"\b(tell|write|give|compose|make up)\b.{0,25}\b(jokes?|poems?|story|stories|songs?|"
    r"riddles?|limericks?|recipes?)\b",
    re.I,
)
# Small talk: no legal question at all.
CHAT = _words("hi", "hello", "hey", "thanks", "thank you", "good (?:morning|evening)",
              "how are you", "who are you", "what(?:'s| is) your name",
              "tell me about yourself", anchored=True)  # fmt: skip
