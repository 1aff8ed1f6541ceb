"""Whether the police may take a compulsory measure against a member of a political
consultative conference (CPPCC) committee before its CPPCC organisation is informed (MPS
Provisions Arts. 143-144).

Example:
    >>> cppcc_notice({"cppcc_member": True, "measure_detention": True,
    ...               "measure_arrest": False, "urgent_case": True}).computed
    {'eligible': True}
"""

from __future__ import annotations

from dataclasses import replace

from assistant.rules.conditions import conds
from assistant.rules.deadlines import source_label
from assistant.rules.facts import Facts, ask_text, flag
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

MPS = "mps-procedures"
RID = "eligibility.cppcc_notice"
BEFORE = RuleCite(
    MPS,
    144,
    "Before detaining or arresting a member of the Political Consultative Committee according "
    "to law, the public security organ shall inform the CPPCC organization to which the member "
    "belongs",
)
NOTIFY = RuleCite(
    MPS,
    143,
    "it shall notify the relevant situation to the CPPCC organization to which the member belongs",
)
NOT_ASKED = (
    "The CPPCC is informed, not asked: no permission or approval of the CPPCC is needed for any "
    "measure (MPS Arts. 143-144), unlike a people's congress deputy, whose congress must permit "
    "a measure first (MPS Art. 140; SPP Rules Arts. 79, 93)."
)
NOT_URGENT = (
    "Assumed because not mentioned: the case is not urgent (if it is, the CPPCC may be told at "
    "the same time or promptly after; MPS Art. 144)."
)
ONLY_MPS = (
    "The procuratorate's rules in the corpus (SPP Rules, 1999) say nothing about CPPCC members; "
    "the police rule (MPS Arts. 143-144) is applied."
)


def _custody(facts: Facts) -> bool:
    return bool(flag(facts, "measure_detention") or flag(facts, "measure_arrest"))


@rule(RID, kind="eligibility", cites=(BEFORE, NOTIFY))
def cppcc_notice(facts: Facts, body: str | None = None) -> RuleResult:
    """A measure against a CPPCC member before the CPPCC is informed. MPS Provisions Art. 144:
    "Before detaining or arresting a member of the Political Consultative Committee according
    to law, the public security organ shall inform the CPPCC organization to which the member
    belongs"; "If the case is urgent, it may be notified in a timely manner at the same time or
    after execution". Art. 143: for the lighter measures "it shall notify the relevant
    situation to the CPPCC organization to which the member belongs", with no "before".

    Assumptions: "eligible" means the measure may go ahead before the CPPCC is informed (it must
    still be told). Art. 143's translation lists "arrest" beside bail and residential
    surveillance, while Art. 144 names arrest with detention; the article is read as the
    compelled appearance of the original (the translation calls that "detain" in Art. 60), and
    an arrest is decided under Art. 144. A detention or arrest not said to be urgent is taken
    as not urgent, and the answer says so; being caught in the act or about to flee is read
    as urgent. The procuratorate's rules have no such article, so the police rule is applied.
    """
    notes = [NOT_ASKED]
    unsaid = flag(facts, "urgent_case") is None and "urgent_case" not in (
        facts.get("uncertain") or ()
    )
    if _custody(facts) and unsaid:
        facts = {**facts, "urgent_case": False}
        notes.insert(0, NOT_URGENT)
    v = evaluate(facts=facts, grounds=conds("cppcc.police.grounds"))
    if v.eligible is None and not _custody(facts):  # the measure decides: ask it first
        v = replace(v, needs=("measure_detention",), asks=(ask_text("measure_detention"),))
    if v.eligible is False:  # say why, in the article's words, not "no listed ground"
        why = f"\u201c{BEFORE.quote}\u201d, {source_label(MPS, 144)}"
        v = replace(v, unmet=(f"a detention or arrest in a case that is not urgent ({why})",))
    lead = (BEFORE,) if _custody(facts) else (NOTIFY,)
    v = replace(v, cites=tuple(dict.fromkeys(lead + v.cites)))
    if body == "procuratorate":
        notes.append(ONLY_MPS)
    return render(
        RID,
        v,
        yes="the measure need not wait: the CPPCC organisation the member belongs to is told of "
        "it at the same time or afterwards",
        no="the CPPCC organisation the member belongs to must be informed before the detention "
        "or arrest",
        notes=tuple(notes),
    )
