"""Load the listed conditions of `conditions.toml` as `Cond` groups.

The table holds each condition's fact key, words, article and verbatim quote; the few
computed checks (ages, sentence lengths, the one-year nursing limit) live in `TESTS`.

Example:
    >>> [c.key for c in conds("bail.procuratorate.bars")]
    ['endangers_public_security', 'egregious_crime']
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from assistant.rules.conditions_acts import ACT_TESTS
from assistant.rules.facts import Cond, Facts, all_known, any_known, flag, number
from assistant.rules.model import RuleCite

CONDITIONS_PATH = Path(__file__).with_name("conditions.toml")
# the investigators' acts (interpreter, warrant, restraints, search, identity): kept apart
ACTS_PATH = Path(__file__).with_name("conditions_acts.toml")
BREACH_KEYS = ("new_crime", "evasion", "evidence_tampering", "left_area", "missed_summons")


def nursing_under_one(facts: Facts) -> bool | None:
    """MPS Arts. 63/94: breastfeeding a baby under one year (12 months)."""
    nursing, months = flag(facts, "breastfeeding"), number(facts, "baby_age_months")
    if nursing is False:
        return False
    if months is not None and months >= 12:
        return False
    return None if nursing is None or months is None else True


def imprisonment(facts: Facts) -> bool | None:
    """Whether fixed-term imprisonment or more is possible (explicit, or from the sentence)."""
    explicit = flag(facts, "imprisonment_possible")
    if explicit is not None:
        return explicit
    if flag(facts, "minor_penalty_only") is True:
        return False
    years = number(facts, "possible_sentence_years")
    return None if years is None else years > 0


def age_14_to_17(facts: Facts) -> bool | None:
    """Aged at least 14 and under 18 at the time of the offence."""
    age = number(facts, "age_at_offence")
    return None if age is None else 14 <= age < 18


def sentence_up_to_one_year(facts: Facts) -> bool | None:
    """Likely sentence of fixed-term imprisonment of not more than one year."""
    years = number(facts, "possible_sentence_years")
    return None if years is None else years <= 1


def under_18(facts: Facts) -> bool | None:
    """Under 18 at the time of the offence (a juvenile defendant)."""
    age = number(facts, "age_at_offence")
    return None if age is None else age < 18


def adult_at_offence(facts: Facts) -> bool | None:
    """18 or older at the time of the offence: no "minor criminal suspect" at all."""
    age = number(facts, "age_at_offence")
    return None if age is None else age >= 18


def sentence_up_to_three_years(facts: Facts) -> bool | None:
    """Criminal detention, or fixed-term imprisonment of not more than three years."""
    if flag(facts, "minor_penalty_only") is True:
        return True
    years = number(facts, "possible_sentence_years")
    return None if years is None else years <= 3


def first_offender_or_coerced(facts: Facts) -> bool | None:
    """A first-time offender (not a recidivist) or an accomplice under duress."""
    if flag(facts, "recidivist") is False or flag(facts, "coerced") is True:
        return True
    return None if flag(facts, "recidivist") is None else False


def sealable_sentence(facts: Facts) -> bool | None:
    """Under 18 at the offence and sentenced to not more than five years."""
    age, years = number(facts, "age_at_offence"), number(facts, "sentence_years")
    if (age is not None and age >= 18) or (years is not None and years > 5):
        return False
    return None if age is None or years is None else True


def unsealing_sentence(facts: Facts) -> bool | None:
    """A new or omitted crime with a combined sentence of more than five years."""
    found, years = flag(facts, "new_or_omitted_crime"), number(facts, "combined_sentence_years")
    if found is False or (years is not None and years <= 5):
        return False
    return None if found is None or years is None else True


def any_breach(facts: Facts) -> bool | None:
    """Any violation of the bail conditions (MPS Art. 78), listed or stated generally."""
    if any(flag(facts, k) for k in BREACH_KEYS):
        return True
    return flag(facts, "breach")


def _violation_ground(facts: Facts, key: str) -> bool | None:
    """SPP Juvenile Art. 46 (3)/(4): a violation counts only with "serious consequences" or
    when repeated."""
    if flag(facts, key) is False:
        return False
    weighty = any_known(flag(facts, "np_serious"), flag(facts, "np_repeated"))
    return all_known(flag(facts, key), weighty)


def public_order_ground(facts: Facts) -> bool | None:
    """Art. 46 (3): public security regulations broken seriously or repeatedly."""
    return _violation_ground(facts, "np_public_order_violation")


def supervision_ground(facts: Facts) -> bool | None:
    """Art. 46 (4): the procuratorate's supervision rules broken seriously or repeatedly."""
    return _violation_ground(facts, "np_supervision_violation")


def at_most_two_lawyers(facts: Facts) -> bool | None:
    """SPP Rules Art. 146: "one or two lawyers" during the investigation."""
    n = number(facts, "lawyer_count")
    return None if n is None else n <= 2


def township_deputy(facts: Facts) -> bool | None:
    """A deputy only to a township (town) people's congress: its congress is told, no
    permission is asked (MPS Art. 142, SPP Arts. 79, 93)."""
    level = flag(facts, "deputy_county_up")
    return None if level is None else not level


def active_crime_detention(facts: Facts) -> bool | None:
    """A detention of a deputy caught in an active crime: reported at once, not first
    permitted (MPS Art. 141, SPP Art. 79). Arrest and the other measures never qualify."""
    if flag(facts, "measure_detention") is False:
        return False
    # an arrest or a lighter measure told, and no detention: the exception cannot apply
    told_other = flag(facts, "measure_arrest") is True or flag(facts, "measure_other") is True
    if told_other and flag(facts, "measure_detention") is not True:
        return False
    return all_known(flag(facts, "measure_detention"), flag(facts, "caught_in_act"))


def cppcc_lighter_measure(facts: Facts) -> bool | None:
    """A compelled appearance, bail or residential surveillance of a CPPCC member: the CPPCC
    is notified (MPS Art. 143), not first informed as before a detention or arrest (Art. 144)."""
    if flag(facts, "measure_other") is True:
        return True
    if flag(facts, "measure_detention") or flag(facts, "measure_arrest"):
        return False
    return None


def urgent_custody(facts: Facts) -> bool | None:
    """An urgent detention or arrest of a CPPCC member: the CPPCC may be told at the same time
    or after (MPS Art. 144). The lighter measures are decided by `cppcc_lighter_measure`."""
    if flag(facts, "measure_other") is True:
        return False
    return flag(facts, "urgent_case")


def failed_summons(facts: Facts) -> bool | None:
    """Summoned and did not appear without a valid reason (MPS Art. 60); a valid reason or no
    summons at all leaves only the case's own circumstances."""
    if flag(facts, "summons_valid_reason") is True:
        return False
    return flag(facts, "compel_failed_summons")


def juv27_case_type(facts: Facts) -> bool | None:
    """SPP Juvenile Art. 27's kinds of case: a minor injury, a first offence, a negligent or
    attempted crime, or one the minor was lured or instigated into (any one suffices)."""
    first = flag(facts, "recidivist")
    kinds = ("minor_injury_case", "negligent_crime", "incomplete_crime", "instigated")
    return any_known(None if first is None else not first, *(flag(facts, k) for k in kinds))


TESTS: dict[str, Callable[[Facts], bool | None]] = {
    f.__name__: f
    for f in (
        nursing_under_one,
        imprisonment,
        age_14_to_17,
        sentence_up_to_one_year,
        sealable_sentence,
        under_18,
        adult_at_offence,
        sentence_up_to_three_years,
        first_offender_or_coerced,
        unsealing_sentence,
        any_breach,
        public_order_ground,
        supervision_ground,
        at_most_two_lawyers,
        township_deputy,
        active_crime_detention,
        cppcc_lighter_measure,
        urgent_custody,
        failed_summons,
        juv27_case_type,
    )
} | ACT_TESTS


@lru_cache(maxsize=4)
def load_groups(path: Path | None = None) -> dict[str, tuple[Cond, ...]]:
    """Every condition group of the table (both tables when no path is given); ValueError for
    an unknown test name or a group defined twice."""
    if path is None:
        main, acts = load_groups(CONDITIONS_PATH), load_groups(ACTS_PATH)
        if set(main) & set(acts):
            raise ValueError(f"condition groups defined twice: {sorted(set(main) & set(acts))}")
        return main | acts
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    groups: dict[str, tuple[Cond, ...]] = {}
    for name, rows in data.get("groups", {}).items():
        out = []
        for r in rows:
            test = r.get("test")
            if test is not None and test not in TESTS:
                raise ValueError(f"{path}: group {name}: unknown test {test!r}")
            cite = RuleCite(str(r["law"]), int(r["article"]), str(r["quote"]))
            asks = tuple(str(a) for a in r.get("asks", ()))
            out.append(Cond(str(r["key"]), str(r["text"]), cite, TESTS.get(test or ""), asks))
        groups[name] = tuple(out)
    return groups


def conds(group: str) -> tuple[Cond, ...]:
    """One condition group by name; KeyError naming it if absent."""
    try:
        return load_groups()[group]
    except KeyError:
        raise KeyError(f"unknown condition group {group!r}") from None
