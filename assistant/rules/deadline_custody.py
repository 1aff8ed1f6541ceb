"""Deadline rules for custody and compulsory measures (detention, arrest, bail, surveillance).

Each rule is a pure function of the start (a date, or a datetime for hour periods) and,
where the police and procuratorate rules differ, the acting body. Numbers come from
`time_limits.toml`; the docstrings quote the articles.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.rules.catalogue import catalogue_index, limit_by_id
from assistant.rules.compute import compute
from assistant.rules.counting import Moment
from assistant.rules.deadline_steps import MAJOR, TERMS, ordinary
from assistant.rules.deadlines import ask, body_notes, end_text, limit_answer, limit_cites
from assistant.rules.model import RuleResult
from assistant.rules.registry import rule

LIMIT = "spp-99-arrest-approval-in-custody"
SAME_24H = "The procuratorate's rule for its own detentions and arrests is the same 24 hours"


@rule("deadline.procuratorate_detention", kind="deadline", limits=("spp-83-detention-period",))
def procuratorate_detention(start: Moment | None) -> RuleResult:
    """SPP Rules Art. 83: detention by the procuratorate "shall be 10 days", "which may be
    extended by one to four days under special circumstances".

    Assumptions: the start is the day of detention; `latest` uses the full four days.
    """
    notes = (
        "The police rule differs: the police must ask for arrest approval within 3 days "
        "(up to 30 days for major roving, repeat or gang suspects) and the procuratorate then "
        "has 7 days (MPS Provisions Art. 109, SPP Rules Art. 99).",
    )
    return limit_answer(
        "deadline.procuratorate_detention",
        "spp-83-detention-period",
        start,
        event="detention",
        notes=notes,
    )


@rule(
    "deadline.police_detention",
    kind="deadline",
    limits=("mps-109-arrest-request", "spp-99-arrest-approval-in-custody"),
)
def police_detention(start: Moment | None, major: bool | None = None) -> RuleResult:
    """MPS Provisions Art. 109: the police submit the case "within three days after detention,
    submit the case to the people's procuratorate for examination and approval" (extendable
    by one to four days, or to 30 days for major roving, repeat or gang suspects, whom Art.
    110 defines); SPP Rules Art. 99: the procuratorate decides "within seven days after
    receiving the letter requesting approval of arrest".

    Assumptions: the police submit the request on their last permitted day, so the decision
    deadline is the sum of both periods; `latest` uses the 30 days unless the text says the
    suspect is not a major roving, repeat or gang suspect (`major` False: then one to four
    days), and states the ordinary suspect's latest date beside it when that is not told.
    """
    rid = "deadline.police_detention"
    notes = [
        "The procuratorate's own detentions differ: 10 days, extendable by 1 to 4 days "
        "(SPP Rules Art. 83).",
    ]
    request = limit_by_id("mps-109-arrest-request")
    plain_index = {**catalogue_index(), request.id: ordinary(request)}
    if major is False:
        notes.insert(0, f"Not one of the {MAJOR}, so the police's 30-day extension does not apply.")
        return limit_answer(rid, LIMIT, start, event="detention", notes=notes, index=plain_index)
    try:
        plain = compute(limit_by_id(LIMIT), start, plain_index).latest if start else None
    except ValueError:  # an impossible date: limit_answer asks for a valid one
        plain = None
    if plain is not None:
        notes.insert(
            0,
            f"The latest date assumes the police's 30-day extension, which is only for {MAJOR}"
            f" (MPS Art. 110 defines them); for any other suspect it is {end_text(plain)}.",
        )
    result = limit_answer(rid, LIMIT, start, event="detention", notes=notes)
    return result if result.needs else replace(result, cites=(*result.cites, *TERMS))


@rule(
    "deadline.custody_after_arrest",
    kind="deadline",
    limits=("mps-127-custody-after-arrest", "mps-150-detention-house-notice"),
)
def custody_after_arrest(start: Moment | None) -> RuleResult:
    """MPS Provisions Art. 127: "The period of investigation and detention of a criminal
    suspect after arrest shall not exceed two months", extendable by one month (Art. 127),
    two months (Art. 128) and another two months (Art. 129); Art. 150: the detention house
    warns the case authority "seven days before the expiration of the term of detention".

    Assumption: `latest` applies the extension of the same provision (Art. 127: one month);
    the further extensions of Arts. 128 and 129 (two months each, for the cases they list)
    are stated, with the date they would reach, but not used for `latest`.
    """
    full = limit_by_id("mps-127-custody-after-arrest")
    own = tuple(e for e in full.extensions if e.article == full.article)
    notes: tuple[str, ...] = ()
    if start is not None:
        try:
            longest = compute(full, start).latest
        except ValueError:
            longest = None
        if longest is not None:
            notes = (
                "Further extensions for the cases they list: two more months (Art. 128) and "
                f"another two months (Art. 129, 10 years or more) — at most to {end_text(longest)}.",
            )
    result = limit_answer(
        "deadline.custody_after_arrest",
        replace(full, extensions=own, latest_label=""),
        start,
        event="arrest",
        also=("mps-150-detention-house-notice",),
        notes=notes,
    )
    return replace(result, cites=limit_cites((full, limit_by_id("mps-150-detention-house-notice"))))


@rule(
    "deadline.compelled_appearance",
    kind="deadline",
    limits=("mps-62-compelled-appearance", "spp-34-compelled-appearance"),
)
def compelled_appearance(start: Moment | None, body: str | None = None) -> RuleResult:
    """MPS Provisions Art. 62: "The duration of detention shall not exceed 12 hours"; SPP
    Rules Art. 34: "The duration of a detention shall not exceed 12 hours" (the translation
    calls compelled appearance "detention").

    Assumption: counted from arrival; the police rule is used when no body is given.
    """
    spp = body == "procuratorate"
    lid = "spp-34-compelled-appearance" if spp else "mps-62-compelled-appearance"
    same = "The other body's rule is the same 12 hours (MPS Art. 62 / SPP Art. 34)"
    return limit_answer(
        "deadline.compelled_appearance",
        lid,
        start,
        event="compelled appearance",
        notes=body_notes(body, same),
    )


@rule("deadline.summons", kind="deadline", limits=("spp-138-summons",))
def summons(start: Moment | None) -> RuleResult:
    """SPP Rules Art. 138: "The duration of a summons shall not exceed twelve hours".

    Not modelled: the MPS Provisions in the corpus state no separate limit for a plain
    summons (their 12-hour limit, Art. 62, is for compelled appearance).
    """
    notes = ("The police rules in the corpus set 12 hours for compelled appearance (MPS Art. 62).",)
    return limit_answer("deadline.summons", "spp-138-summons", start, event="summons", notes=notes)


@rule(
    "deadline.arrest_approval",
    kind="deadline",
    limits=(
        "spp-99-arrest-approval-in-custody",
        "spp-99-arrest-approval-not-in-custody",
        "spp-111-arrest-decision-in-custody",
        "spp-111-arrest-decision-not-in-custody",
    ),
)
def arrest_approval(
    start: Moment | None, in_custody: bool | None = None, own_case: bool | None = None
) -> RuleResult:
    """SPP Rules Art. 99: for a suspect in custody the decision is due "within seven days after
    receiving the letter requesting approval of arrest"; otherwise "within 15 days after
    receipt of the request for approval of the arrest" ("Not more than 20 days" for major,
    complex cases). In the procuratorate's own cases (`own_case`), SPP Rules Art. 111: seven
    days for a suspect in custody, otherwise "within 15 days after the examination and arrest
    department receives the written opinion on the arrest" (20 for major, complex cases).

    Assumption: the start is the day the procuratorate (or its examination and arrest
    department) received the request or the written opinion.
    """
    rid = "deadline.arrest_approval"
    art = "spp-111-arrest-decision" if own_case else "spp-99-arrest-approval"
    if in_custody is None:
        ids = (f"{art}-in-custody", f"{art}-not-in-custody")
        cites = limit_cites([limit_by_id(i) for i in ids])
        why = "In custody: 7 days; not in custody: 15 days (20 for major, complex cases)."
        return ask(rid, cites, ("whether the suspect is in custody",), why)
    lid = f"{art}-in-custody" if in_custody else f"{art}-not-in-custody"
    return limit_answer(rid, lid, start, event="receipt of the arrest request", direct=True)
