"""Whether the procurators may examine a person's body (SPP Rules Art. 169) and hold an
investigation experiment, a re-enactment of the events (SPP Rules Arts. 171-173).

Example:
    >>> body_examination({"exam_victim": True, "exam_suspect": False, "exam_forced": True}).computed
    {'eligible': False}
"""

from __future__ import annotations

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts, flag, raised
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import evaluate, render

SPP = "spp-rules"
POLICE_ARTICLES = (
    "The police's own articles on examinations and experiments are not in this corpus; the "
    "procuratorate's rules (SPP Arts. 169-173) are stated."
)
ANY_BODY = "If the police are acting, their own articles on this are not in this corpus."
ASSUMED_SUSPECT = "Assumed because not mentioned: the person examined is the criminal suspect."
NECESSARY = (
    "A suspect who refuses may be examined by force only when the procurators deem it "
    "necessary (SPP Art. 169); whether it is necessary is theirs to judge."
)
FEMALE = "A woman's body may be examined only by a female staff member or doctor (SPP Art. 169)."
PURPOSE = (
    "The examination serves to determine the person's characteristics, injuries or "
    "physiological state (SPP Art. 169)."
)
ASSUMED_APPROVAL = (
    "Assumed because not mentioned: the Procurator-General approved the experiment "
    "(SPP Art. 171 requires it)."
)
ASSUMED_PARTY = "Assumed because not mentioned: the person asked to take part is the suspect."
EXPERIMENT_LIMITS = (
    "Anything that may cause danger, insult or indecency is prohibited, and a written record "
    "of the conditions, process and results is signed by those taking part (SPP Arts. 171, 173)."
)


STATED = (
    RuleCite(SPP, 172, "may also be required to participate"),
    RuleCite(SPP, 173, "stating the conditions, process and results"),
)


def _body_notes(body: str | None) -> list[str]:
    return [] if body == "procuratorate" else [POLICE_ARTICLES if body == "police" else ANY_BODY]


@rule(
    "eligibility.body_examination",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 169, "procurators may examine the person"),
        RuleCite(SPP, 169, "make a compulsory examination"),
    ),
)
def body_examination(facts: Facts, body: str | None = None) -> RuleResult:
    """An examination of a person's body. SPP Rules Art. 169: "In order to determine certain
    characteristics, injuries or physiological status of a victim or criminal suspect,
    procurators may examine the person"; "If a criminal suspect refuses to be examined, the
    procurators may, when they deem it necessary, make a compulsory examination"; "The
    examination of a woman's body shall be carried out by a female staff member or doctor".

    Assumptions: unless the user says otherwise, the person examined is the suspect (said in
    the answer). `exam_forced` (an examination against the person's will, or after a refusal)
    adds the condition that the person is a suspect: the article lets only a suspect's refusal
    be overridden, so a victim who refuses may not be examined by force. The procurators'
    judgement that force is necessary is theirs and is stated, not asked. The female-examiner
    rule is checked when a woman's examination by a man is told, else stated. The police's own
    articles are not in the corpus, so for the police the procuratorate's rule is stated and
    the answer says so. Not modelled: the written record (Art. 170).
    """
    facts, notes = dict(facts), [PURPOSE]
    if not raised(facts, "exam_suspect") and not raised(facts, "exam_victim"):
        facts["exam_suspect"] = True
        notes.insert(0, ASSUMED_SUSPECT)
    forced = flag(facts, "exam_forced") is True
    requires = conds("exam.requires") + (conds("exam.compulsory") if forced else ())
    v = evaluate(
        facts=facts,
        requires=requires,
        bars=conds("exam.bars") if raised(facts, "exam_woman_by_man") else (),
    )
    if forced and v.eligible is not False:
        notes.append(NECESSARY)
    if v.eligible is not False and not raised(facts, "exam_woman_by_man"):
        notes.append(FEMALE)
    notes += _body_notes(body)
    return render(
        "eligibility.body_examination",
        v,
        yes="the person may be examined" + (" by force" if forced else ""),
        no="the examination may not be made that way",
        notes=tuple(notes),
    )


@rule(
    "eligibility.investigation_experiment",
    kind="eligibility",
    cites=(
        RuleCite(SPP, 171, "with the approval of the Procurator-General"),
        *STATED,
    ),
)
def investigation_experiment(facts: Facts, body: str | None = None) -> RuleResult:
    """An investigation experiment (a re-enactment or test of how the events could have
    happened). SPP Rules Art. 171: "In order to ascertain the facts of a case, when necessary,
    an investigation may be conducted with the approval of the Procurator-General"; "In
    investigation experiments, all acts that may cause danger, insult or indecency are
    prohibited"; Art. 172: "relevant personnel may be engaged to participate in investigation
    experiments, and criminal suspects, victims and witnesses may also be required to
    participate"; Art. 173: a written record "stating the conditions, process and results".

    Assumptions: unless the user says otherwise, the Procurator-General's approval was given
    and the person asked to take part is the suspect (each said in the answer). Whether the
    person is a suspect, victim or witness is checked only when he is told to be required to
    take part (`experiment_compelled`); others may be engaged, not required. A danger, insult
    or indecency told (`experiment_harmful`) is a bar. The police's own articles are not in
    the corpus (said in the answer, as for `eligibility.body_examination`).
    """
    facts, notes = dict(facts), []
    if not raised(facts, "experiment_approved"):  # a doubted approval is asked
        facts["experiment_approved"] = True
        notes.append(ASSUMED_APPROVAL)
    requires = conds("experiment.requires")
    if flag(facts, "experiment_compelled") is True:
        if not raised(facts, "experiment_party"):
            facts["experiment_party"] = True
            notes.append(ASSUMED_PARTY)
        requires += conds("experiment.participants")
    v = evaluate(
        facts=facts,
        requires=requires,
        bars=conds("experiment.bars") if raised(facts, "experiment_harmful") else (),
    )
    notes.append(EXPERIMENT_LIMITS)
    notes += _body_notes(body)
    required = flag(facts, "experiment_compelled") is True
    return render(
        "eligibility.investigation_experiment",
        v,
        yes="the investigation experiment may be held"
        + (" and he may be required to take part" if required else ""),
        no="the experiment may not be held that way",
        notes=tuple(notes),
        stated=STATED,  # who may take part and the record, stated in every answer
    )
