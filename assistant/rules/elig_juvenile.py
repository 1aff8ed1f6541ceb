"""Eligibility rules of the SPP Juvenile Provisions: non-prosecution, conditional
non-prosecution, and sealing and unsealing of juvenile criminal records."""

from __future__ import annotations

from dataclasses import replace

from assistant.rules.conditions import conds
from assistant.rules.facts import Facts
from assistant.rules.model import RuleCite, RuleResult
from assistant.rules.registry import rule
from assistant.rules.verdict import Verdict, evaluate, render

JUV = "spp-juvenile"
ONLY_SPP = (
    "These are the procuratorate's juvenile provisions (2013 text); the police rules in the "
    "corpus have no equivalent."
)


def _notes(body: str | None, *more: str) -> tuple[str, ...]:
    return (*more, ONLY_SPP) if body == "police" else more


@rule(
    "eligibility.conditional_non_prosecution",
    kind="eligibility",
    cites=(
        RuleCite(JUV, 29, "may make a conditional decision not to prosecute a minor"),
        RuleCite(JUV, 38, "the people's procuratorate shall make a decision to prosecute"),
    ),
)
def conditional_non_prosecution(facts: Facts, body: str | None = None) -> RuleResult:
    """Conditional non-prosecution of a minor. SPP Juvenile Provisions Art. 29: the procuratorate
    "may make a conditional decision not to prosecute a minor" aged 14 to 17 at the time of the
    crime, for a crime in Chapters IV-VI of the Criminal Law, with a likely sentence of no more
    than one year, clear facts and sufficient evidence, and repentance. Art. 38: if the minor or
    the legal representative objects, "the people's procuratorate shall make a decision to
    prosecute".

    Assumption: the likely sentence is the one the user states; it is discretionary ("may").
    An objection can only follow the procuratorate's proposal, so when none is mentioned the
    verdict assumes none and says so, instead of asking about an event yet to come.
    """
    objection = facts.get("juvenile_objects")
    if objection is None:
        facts = {**facts, "juvenile_objects": False}
    v = evaluate(
        facts=facts, requires=conds("conditional_np.requires"), bars=conds("conditional_np.bars")
    )
    probation = "If granted, probation lasts six months to one year (Art. 40)."
    if objection is None:
        probation = (
            "This assumes neither the minor nor the legal representative objects; if either "
            f"does, the procuratorate must prosecute (Art. 38). {probation}"
        )
    return render(
        "eligibility.conditional_non_prosecution",
        v,
        yes="conditional non-prosecution is available (at the procuratorate's discretion)",
        no="conditional non-prosecution is not available",
        notes=_notes(body, probation),
    )


@rule(
    "eligibility.juvenile_non_prosecution",
    kind="eligibility",
    cites=(
        RuleCite(JUV, 26, "he shall generally make a decision not to prosecute according to law"),
        RuleCite(JUV, 27, "The people's procuratorate may make a decision not to prosecute"),
    ),
)
def juvenile_non_prosecution(facts: Facts, body: str | None = None) -> RuleResult:
    """Non-prosecution of a minor. SPP Juvenile Provisions Art. 26: for a minor crime with one of
    the listed circumstances (coercion, preparation or attempt, a secondary role, deafness,
    muteness or blindness, excessive defence or necessity, surrender or meritorious service)
    "he shall generally make a decision not to prosecute according to law". Art. 27: in minor
    injury cases, first offences, negligent or attempted crimes and crimes the minor was lured
    or instigated into, where "the circumstances are minor", the suspect "does show remorse"
    and compensation was agreed and paid or a guarantee given with the victim's consent, "The
    people's procuratorate may make a decision not to prosecute".

    Assumptions: "generally" leaves the procuratorate a residual discretion; Art. 27 is
    discretionary ("may"). Both cover "a minor criminal suspect": one 18 or older at the time of
    the crime is not eligible; an age not told is taken as a minor's (stated in the steps). Art. 27's reference to Criminal Law Art. 37 (not in the corpus) is
    read as its own "circumstances are minor". Either article suffices.
    """
    adult = conds("juvenile_np.bars")
    v26 = evaluate(
        facts=facts,
        requires=conds("juvenile_np.requires"),
        grounds=conds("juvenile_np.grounds"),
        bars=adult,
        assume_unraised_bars=True,
    )
    v27 = evaluate(
        facts=facts, requires=conds("juvenile_np27.requires"), bars=adult, assume_unraised_bars=True
    )
    notes = ["A decision not to prosecute also leads to sealing of the records (Art. 66)."]
    yes = "the minor should generally not be prosecuted"
    if v26.eligible is not True and v27.eligible is True:
        yes = "the procuratorate may decide not to prosecute the minor (a discretion, Art. 27)"
    return render(
        "eligibility.juvenile_non_prosecution",
        either(v26, v27),
        yes=yes,
        no="neither non-prosecution rule for minors applies",
        notes=_notes(body, *notes),
    )


def either(first: Verdict, second: Verdict) -> Verdict:
    """Two alternative routes to one verdict: yes if either holds, no if both fail, else ask
    what each still needs (a failed route adds nothing to ask), the route closer to being met
    (fewer facts missing) first."""
    for one, other in ((first, second), (second, first)):
        if one.eligible is True or (one.eligible is None and other.eligible is False):
            return replace(one, steps=first.steps + second.steps, cites=_cites(first, second))
    if first.eligible is None and second.eligible is None and len(second.needs) < len(first.needs):
        first, second = second, first
    merged = replace(
        first,
        met=tuple(dict.fromkeys(first.met + second.met)),
        unmet=tuple(dict.fromkeys(first.unmet + second.unmet)),
        needs=tuple(dict.fromkeys(first.needs + second.needs)),
        asks=tuple(dict.fromkeys(first.asks + second.asks)),
        steps=first.steps + second.steps,
        cites=_cites(first, second),
    )
    return merged


def _cites(first: Verdict, second: Verdict) -> tuple[RuleCite, ...]:
    return tuple(dict.fromkeys(first.cites + second.cites))


@rule(
    "eligibility.record_sealing",
    kind="eligibility",
    cites=(
        RuleCite(JUV, 62, "the people's procuratorate shall seal up the criminal record"),
        RuleCite(JUV, 66, "it shall seal up the relevant records"),
    ),
)
def record_sealing(facts: Facts, body: str | None = None) -> RuleResult:
    """Sealing of juvenile records. SPP Juvenile Provisions Art. 62: for a person under 18 at the
    time of the crime sentenced to no more than five years "the people's procuratorate shall
    seal up the criminal record"; Art. 66: after deciding not to prosecute a minor "it shall
    seal up the relevant records".

    Assumptions: the sentence is the one in the effective judgment; a person 18 or over at
    the time of the crime was not a juvenile suspect, so Art. 66 cannot apply either.
    """
    age = facts.get("age_at_offence")
    if isinstance(age, (int, float)) and age >= 18:
        facts = {**facts, "not_prosecuted": False}
    v = evaluate(facts=facts, grounds=conds("sealing.grounds"))
    return render(
        "eligibility.record_sealing",
        v,
        yes="the record must be sealed",
        no="the sealing rule does not apply",
        notes=_notes(
            body,
            "Sealed records are disclosed only to judicial organs or as state rules require (Art. 64).",
        ),
    )


@rule(
    "eligibility.record_unsealing",
    kind="eligibility",
    cites=(RuleCite(JUV, 65, "shall be released if he meets one of the following conditions"),),
)
def record_unsealing(facts: Facts, body: str | None = None) -> RuleResult:
    """Unsealing of juvenile records. SPP Juvenile Provisions Art. 65: a sealed record "shall be
    released if he meets one of the following conditions": a new crime, or a crime found to
    have been omitted, with a combined sentence of more than five years.

    Assumption: "released" (the translation) means unsealed.
    """
    v = evaluate(facts=facts, grounds=conds("unsealing.grounds"))
    return render(
        "eligibility.record_unsealing",
        v,
        yes="the sealed record is to be unsealed",
        no="the record stays sealed",
        notes=_notes(body),
    )


@rule(
    "eligibility.juvenile_family_meeting",
    kind="eligibility",
    cites=(RuleCite(JUV, 24, "with the consent of the public security organ"),),
)
def juvenile_family_meeting(facts: Facts, body: str | None = None) -> RuleResult:
    """Family meetings for a detained minor. SPP Juvenile Provisions Art. 24: where the legal
    representative or close relatives are not involved, "with the consent of the public
    security organ" the procurator may arrange a meeting or call if the facts are basically
    ascertained, the minor has pleaded guilty or repented, or the family can help educate him.

    Assumption: the case has been transferred for examination and prosecution; the meeting is
    at the procurator's discretion ("may arrange").
    """
    v = evaluate(
        facts=facts,
        requires=conds("family_meeting.requires"),
        grounds=conds("family_meeting.grounds"),
    )
    return render(
        "eligibility.juvenile_family_meeting",
        v,
        yes="the procurator may arrange a meeting or call with the family",
        no="the conditions for a family meeting are not met",
        notes=_notes(
            body,
            "The procurator may attend; nothing hindering the case may be discussed (Art. 25).",
        ),
    )
