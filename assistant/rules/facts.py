"""Facts vocabulary and three-valued condition checks for the eligibility rules.

A fact is a key in a plain mapping whose value is True/False, a number, a string, or
absent/None when unknown. Each `Cond` reads facts and answers True, False or None
(cannot tell); `asks` names the facts whose absence made it None, and `QUESTIONS`
turns those keys into "tell me ..." phrases.

Example:
    >>> CITE = RuleCite("spp-rules", 37, "pregnant")
    >>> c = Cond("pregnant", "is pregnant", CITE)
    >>> c.value({"pregnant": True}), c.value({})
    (True, None)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant.rules.model import RuleCite

Facts = Mapping[str, object]

QUESTIONS: dict[str, str] = {
    "body": "whether the police or the procuratorate is deciding",
    "minor_penalty_only": "whether the likely penalty is only public surveillance, criminal detention or a supplementary penalty (such as a fine)",
    "no_social_danger": "whether release would pose no danger to society",
    "evidence_short_for_arrest": "whether the evidence falls short of the conditions for arrest",
    "serious_illness": "whether the person is seriously ill",
    "pregnant": "whether she is pregnant",
    "breastfeeding": "whether she is breastfeeding her own baby",
    "baby_age_months": "how old the baby is",
    "custody_time_expired": "whether the custody time limit has run out with the case unfinished",
    "exit_document_no_arrest_needed": "whether the person holds a passport or exit document and arrest is not needed",
    "arrest_refused_under_review": "whether the procuratorate refused arrest and the police are seeking reconsideration or review",
    "non_prosecution_under_review": "whether the procuratorate decided not to prosecute and the police are seeking reconsideration or review",
    "endangers_public_security": "whether the offence seriously endangers public security",
    "egregious_crime": "whether the crime is egregious in nature with serious circumstances",
    "recidivist": "whether the person is a recidivist (repeat offender)",
    "gang_principal": "whether the person is a principal of a criminal group",
    "self_injury_evasion": "whether the person injured themself to evade investigation",
    "state_security_crime": "whether the offence endangers state security",
    "violent_crime": "whether it is a violent crime",
    "other_serious_crime": "whether it is otherwise a serious crime",
    "no_bond_or_guarantor": "whether the person can neither pay a deposit nor find a guarantor",
    "suicide_or_flight": "whether the person attempted suicide or fled after the crime",
    "evidence_tampering_risk": "whether there is a risk of destroying or falsifying evidence or colluding",
    "npc_deputy": "whether the person is a deputy to a people's congress",
    "deputy_county_up": "the level of the people's congress the person is a deputy to (county or above, or only a township or town)",
    "measure_detention": "which measure is planned (detention, arrest, bail, residential surveillance or a summons)",
    "urgent_case": "whether the case is urgent (e.g. caught in the act or about to flee)",
    "compel_suspect": "whether the person is a criminal suspect (not a witness or a victim)",
    "compel_failed_summons": "whether the person was summoned and failed to appear without a valid reason",
    "compel_needed": "whether the circumstances of the case call for a compelled appearance",
    "compel_continuous": "whether the person was compelled to appear straight before this one",
    "compel_outside_area": "whether the questioning would be outside the city or county where the person is",
    "official_former_investigator": "whether the procurator investigated this case before being transferred to the procuratorate",
    "juv27_case_type": "whether it is a minor-injury case, a first offence, a negligent or attempted crime, or a crime the minor was lured or instigated into",
    "compensation_settled": "whether compensation was agreed with the victim and paid (or an effective guarantee was given with the victim's consent)",
    "caught_in_act": "whether the person was caught preparing, committing or just after committing the crime",
    "identified_by_witness": "whether the victim or an eyewitness identified the person",
    "evidence_found_on_person": "whether evidence of the crime was found on the person or at home",
    "identity_unknown": "whether the person refuses to give a real name or address, or the identity is unknown",
    "roving_repeat_gang": "whether the person is a major suspect of roving, repeated or gang crime",
    "evidence_of_crime": "whether there is verified evidence that a crime occurred and that this person committed it",
    "imprisonment_possible": "whether the likely sentence is fixed-term imprisonment or more",
    "bail_insufficient": "whether bail or residential surveillance would be insufficient to prevent danger to society",
    "not_liable_circumstance": "whether a circumstance excluding criminal liability applies (e.g. limitation period expired, pardon, death)",
    "new_crime": "whether the person intentionally committed a new crime",
    "evasion": "whether the person attempted suicide, escaped or evaded investigation",
    "evidence_tampering": "whether the person destroyed or falsified evidence, colluded or interfered with witnesses",
    "left_area": "whether the person left the permitted area without approval with serious consequences, or twice",
    "missed_summons": "whether the person failed to appear when summoned with serious consequences, or twice",
    "unapproved_meetings": "whether the person met others without approval with serious consequences, or twice",
    "violent_witness_interference": "whether the person interfered with witnesses by violence or threats",
    "other_serious_violation": "whether there was another serious violation of the surveillance conditions",
    "breach": "whether the person violated the bail conditions",
    "guarantor_not_implicated": "whether the guarantor is uninvolved in the case",
    "guarantor_capable": "whether the guarantor is able to carry out the guarantee",
    "guarantor_rights_unrestricted": "whether the guarantor has political rights and personal freedom",
    "guarantor_residence_income": "whether the guarantor has a fixed residence and income",
    "official_is_party_or_relative": "whether the official is a party or a close relative of a party",
    "official_interest": "whether the official or a close relative has an interest in the case",
    "official_prior_role": "whether the official was a witness, expert, defender or agent in the case",
    "official_other_relation": "whether the official has another relationship that may affect impartiality",
    "official_gifts_or_meetings": "whether the official accepted gifts or invitations or met a party improperly",
    "age_at_offence": "the age at the time of the offence",
    "crime_chapter_4_6": "what the offence is (it must fall under Chapters IV-VI of the Criminal Law: personal rights, property, public order)",
    "possible_sentence_years": "the likely sentence",
    "prosecutable": "whether the facts are clear and the evidence sufficient to prosecute",
    "repentance": "whether the minor shows repentance",
    "juvenile_objects": "whether the minor or the legal representative objects to conditional non-prosecution",
    "sentence_years": "the sentence imposed",
    "not_prosecuted": "whether the procuratorate decided not to prosecute",
    "combined_sentence_years": "the combined sentence after the new or omitted crime",
    "new_or_omitted_crime": "whether a new crime or an earlier omitted crime has been found",
    "co_suspect_risk": "whether co-suspects may flee or destroy evidence if the family is told",
    "hinders_or_impossible": "whether telling the family would hinder the investigation or is impossible",
    "minor_crime": "whether the crime is minor",
    "coerced": "whether the minor was coerced into the crime",
    "incomplete_crime": "whether the crime was only prepared, abandoned or attempted",
    "secondary_role": "whether the minor played a secondary or auxiliary role",
    "disability": "whether the minor is deaf, mute or blind",
    "excessive_defence": "whether the crime came from excessive self-defence or necessity",
    "surrender_or_merit": "whether the minor surrendered or performed meritorious service",
    "state_secrets": "whether the case involves state secrets",
    "family_not_involved": "whether the parents or close relatives are uninvolved in the case",
    "police_consent": "whether the police (public security organ) consent to the meeting",
    "facts_ascertained": "whether the facts are basically ascertained and the main evidence is sufficient",
    "community_no_adverse_effect": "whether probation would have no significant adverse effect on the community",
    "guardianship": "whether the family (or a support programme) can supervise and educate the minor",
    "victim_settled": "whether the victim agreed to a settlement or was clearly at fault",
    "other_probation_circumstance": "whether another circumstance favours probation",
    "co_suspects_same_case": "whether the suspects are in the same case",
    "np_earlier_crime": "whether another crime committed before the conditional decision, needing prosecution, has come to light",
    "np_public_order_violation": "whether the minor broke public security regulations during probation",
    "np_supervision_violation": "whether the minor broke the procuratorate's supervision rules during probation (e.g. missed reporting)",
    "np_serious": "whether the violation caused serious consequences",
    "np_repeated": "whether it happened more than once",
    "lawyer_count": "how many lawyers he or she wants to hire",
    "family_cooperative": "whether the family understands the crime and can help educate the minor",
    "surveillance_at_residence": "where the residential surveillance is carried out (his home, a designated residence, or police premises)",
    "surveillance_at_custody_place": "whether it is carried out in a detention centre or other police premises",
    "recusal_pending": "whether the withdrawal decision has already been made",
    "requester_judicial": "who is asking for the record (a court, procuratorate or police body handling a case?)",
    "requester_state_rules": "whether the person asking is a unit inquiring under state regulations",
    "interpreter_permission": "whether the police have given permission for the interpreter",
    "police_own_detention": "whether the police detained him on their own decision (not on a procuratorate's decision)",
    "detention_emergency": "whether it was so urgent that there was no time to get the detention warrant first",
    "detention_papers_late": "whether the detention papers were completed straight after he was brought to the police",
    "restraint_in_measure": "when the restraints are used (bringing him in for questioning, detaining, arresting or escorting him, or at another time)",
    "restraint_juvenile": "whether the case is a juvenile case (the person was under 18)",
    "restraint_danger": "whether there is a real danger that he will attack someone, escape, or harm or kill himself",
    "restraint_compelled": "whether the restraints are used to bring him to a compelled appearance for questioning",
    "restraint_resists": "whether he refuses to come",
    "search_suspect": "whether the person searched (or whose place is searched) is a criminal suspect",
    "search_may_hide": "whether that person may be hiding the suspect or evidence",
    "search_warrant": "whether a search warrant was shown",
    "search_in_arrest": "whether the search happened while an arrest or detention was being carried out",
    "search_emergency": "whether it was an emergency",
    "search_woman_by_man": "whether a woman's body was searched by a male officer",
    "search_obstructed": "whether anyone obstructed the search",
    "meet_cohabitant": "whether the person he wants to meet lives with him",
    "meet_own_lawyer": "whether the person is the lawyer he hired",
    "meet_approved": "whether the police carrying out the surveillance approved the meeting",
    "meet_decider_consent": "whether the procuratorate that decided the surveillance consented",
    "exam_suspect": "whether the person to be examined is a criminal suspect",
    "exam_victim": "whether the person to be examined is the victim",
    "exam_woman_by_man": "whether a woman's body is examined by a man",
    "experiment_approved": "whether the Procurator-General (chief procurator) approved the experiment",
    "experiment_party": "whether the person required to take part is a suspect, victim or witness",
    "experiment_harmful": "whether the experiment involves anything dangerous, insulting or indecent",
    "leave_reason": "why he needs to leave (a justifiable reason: a funeral, medical treatment, work ...)",
    "leave_approved": "whether the police carrying out the measure have approved the trip",
    "cnp_leave_approved": "whether the procuratorate that decided the conditional non-prosecution approved the trip or move",
    "leave_decider_consent": "whether the procuratorate that decided the measure has consented",
    "out_to_identify": "whether he is taken out to point out criminals or evidence",
    "out_to_recover": "whether he is taken out to recover property related to the crime",
    "out_chief_approval": "whether the chief procurator has approved taking him out",
    "out_escort_short": "whether he is escorted by fewer than two judicial police officers",
}


def ask_text(key: str) -> str:
    """The 'tell me ...' phrase for a fact key."""
    return QUESTIONS.get(key, key.replace("_", " "))


def raised(facts: Facts, key: str) -> bool:
    """Whether the user told the fact at all: a value, or listed as unknown ("uncertain")."""
    return key in facts or key in (facts.get("uncertain") or ())  # type: ignore[operator]


def flag(facts: Facts, key: str) -> bool | None:
    """A yes/no fact, or None when it is absent or not a boolean."""
    v = facts.get(key)
    return v if isinstance(v, bool) else None


def number(facts: Facts, key: str) -> float | None:
    """A numeric fact, or None when absent."""
    v = facts.get(key)
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    return float(v)


@dataclass(frozen=True)
class Cond:
    """One listed condition: its fact key, its words, its article, and an optional test.

    Without `test` the condition is the yes/no fact `key`. With `test`, `asks` lists the
    facts to request when the test cannot tell.
    """

    key: str
    text: str
    cite: RuleCite
    test: Callable[[Facts], bool | None] | None = None
    asks: tuple[str, ...] = ()

    def value(self, facts: Facts) -> bool | None:
        return self.test(facts) if self.test is not None else flag(facts, self.key)

    def missing(self, facts: Facts) -> tuple[str, ...]:
        keys = self.asks or (self.key,)
        return tuple(k for k in keys if facts.get(k) is None)


def all_known(*values: bool | None) -> bool | None:
    """Three-valued AND."""
    if any(v is False for v in values):
        return False
    return None if any(v is None for v in values) else True


def any_known(*values: bool | None) -> bool | None:
    """Three-valued OR."""
    if any(v is True for v in values):
        return True
    return None if any(v is None for v in values) else False
