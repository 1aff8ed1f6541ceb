"""Fact readings added after comparing the readers with the training sets' hand-encoded facts
(`bench/fact_reading.py`, nineteenth session), in my own wording, not the sets' items: the
asker who cares for the suspect, grave illnesses by name, a statement about people in
general, doubts and contradictions told after a fact, an approval said to be unknown (for the
body it names), refusals in other words, and a going-somewhere rule's own facts read once the
question is routed to it.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules.router_facts import read_facts
from assistant.rules.router_intents import Route
from assistant.rules.router_premise import case_text
from assistant.rules.rule_inputs import read_inputs
from assistant.rules.rulebook import all_rules

TODAY = date(2026, 3, 5)


def _facts(question: str) -> dict[str, object]:
    return read_facts(case_text(question))


def _unsure(facts: dict[str, object]) -> set[str]:
    return set(facts.get("uncertain") or ())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "key", "value"),
    [
        # the asker is the carer: the person cared for is the one asked about
        ("I take care of my uncle, who has advanced heart failure. The police are holding him. "
         "Can he be let out on bail?", "serious_illness", True),
        ("We look after Dad, who has terminal bowel cancer, and the procuratorate wants him "
         "arrested. Can they skip the arrest?", "serious_illness", True),
        ("The suspect, 61, has metastatic carcinoma and is on palliative care. Bail?",
         "serious_illness", True),
        # a hedge ("I'm no doctor") before a that-clause does not negate it
        ("I suspect, though I'm no doctor, that my aunt is gravely ill with a tumour. Bail?",
         "serious_illness", True),
        # in the question itself "someone who ..." is the person asked about
        ("Can the police detain someone who was caught red-handed stealing?", "caught_in_act",
         True),
        # caught in the act in other words
        ("Store security caught a teenager in the stockroom with two watches in his pocket, "
         "right while he was prising open a cabinet. Can the police detain him?",
         "caught_in_act", True),
        ("They found him in the very middle of loading stolen bikes into a van. Detention?",
         "caught_in_act", True),
        ("The owner caught the cashier with her hand in the register. Can police detain her?",
         "caught_in_act", True),
        ("Officers caught a man climbing out of a pharmacy window at night. Detention lawful?",
         "caught_in_act", True),
        # imprisonment possible in other words
        ("The lawyer says he could face fixed-term imprisonment. Can he be arrested?",
         "imprisonment_possible", True),
        ("A burglary like this could bring a prison sentence, the officer said. Arrest?",
         "imprisonment_possible", True),
        ("The likely sentence: fixed-term imprisonment. Are the arrest conditions met?",
         "imprisonment_possible", True),
        ("He could not go to prison for this, only a fine. Can they arrest him?",
         "imprisonment_possible", False),
        ("The procurator told us that at the very most she could be sentenced to public "
         "surveillance. Can she get bail?", "minor_penalty_only", True),
        # bail said not to suffice: the "not" belongs to "enough", not to the danger
        ("The prosecutor says bail or surveillance wouldn't be enough to stop him being a "
         "danger to society. Can he be arrested?", "bail_insufficient", True),
        ("Neither bail nor residential surveillance would keep her from threatening the "
         "witnesses. Can she be arrested?", "bail_insufficient", True),
        ("Bail would be enough to prevent any danger. Can they still arrest him?",
         "bail_insufficient", False),
        ("Bail or house arrest would not keep anyone safe from him. Can he be arrested?",
         "bail_insufficient", True),
        ("Is there verified evidence? Yes. Would bail be enough to stop him? No, he keeps "
         "threatening the shop owner. Can he be arrested?", "bail_insufficient", True),
        # a breach of bail, no view on whether bail suffices
        ("He was on bail but did not keep to the rules. Can they arrest him?",
         "bail_insufficient", None),
        # a compelled person's role, told or said to be unknown
        ("They say they will compel my uncle to appear. We are not sure whether they see him "
         "as a suspect or as a witness. Can they?", "compel_suspect", None),
        ("The police will compel my son to appear; he is a suspect in a theft. Can they?",
         "compel_suspect", True),
        ("I only saw the fight, I'm a witness. They say they'll take me in by force. Can they?",
         "compel_suspect", False),
        # leaving the area twice, or once with no harm in either order (SPP Art. 53)
        ("She is on bail from the procuratorate. Twice now she has driven to the next province "
         "without asking. Can they arrest her?", "left_area", True),
        ("He is on bail granted by the procuratorate. He has gone to Xiamen twice without "
         "getting approval. Must they arrest him?", "left_area", True),
        ("He is on bail from the procuratorate. He went to the next county one afternoon "
         "without approval; nothing came of it. Must they arrest him?", "left_area", False),
        ("She is on bail from the procuratorate. She visited her aunt in another city without "
         "approval, no harm was done, and it was the only time. Must they arrest her?",
         "left_area", False),
        ("A county CPPCC member was detained at the airport as he was about to board a flight "
         "abroad. Could the police detain him before informing the CPPCC?", "urgent_case",
         True),
    ],
)  # fmt: skip
def test_fact_read_as_told(question: str, key: str, value: bool | None) -> None:
    assert _facts(question).get(key) is value


@pytest.mark.parametrize(
    "question",
    [
        "He looks after his mother, who has cancer. The police detained him. Bail?",
        "The police detained my husband. We think he looks after his mother, who has cancer. "
        "Can he get bail?",
    ],
)
def test_the_suspects_own_care_of_a_sick_relative_is_not_his_illness(question: str) -> None:
    assert _facts(question).get("serious_illness") is not True


@pytest.mark.parametrize(
    "question",
    [
        # a statement about people in general
        "My cousin says bail is only for people who are seriously ill. The police detained my "
        "wife yesterday. Can she get bail?",
        "Someone told me they never arrest women who are pregnant. My sister was arrested.",
    ],
)
def test_people_in_general_tell_nothing_of_the_suspect(question: str) -> None:
    facts = _facts(question)
    assert facts.get("serious_illness") is not True and facts.get("pregnant") is not True


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "His doctor says the heart problem might count as a serious illness, might not. "
            "Can he get bail?",
            "serious_illness",
        ),
        (
            "She claims to be seriously ill, but the hospital report is disputed. Bail?",
            "serious_illness",
        ),
        (
            "My brother says he has severe kidney disease, but the detention doctor says it's "
            "not that serious. Can he be released on bail?",
            "serious_illness",
        ),
        (
            "He says he has late-stage liver disease, but his own family thinks he's "
            "exaggerating. Can he be put under residential surveillance?",
            "serious_illness",
        ),
        (
            "Dad has a heart condition. To be honest I don't know how serious it is now. Can "
            "he get bail?",
            "serious_illness",
        ),
        (
            "Whether his diabetes counts as a serious illness is exactly what the doctors are "
            "arguing about. Bail?",
            "serious_illness",
        ),
        (
            "Whether the case touches state secrets, nobody will say. Does his lawyer need "
            "permission to meet him?",
            "state_secrets",
        ),
        (
            "The officers hinted the files may be classified as state secrets, but nobody has "
            "confirmed it. Does the lawyer need approval to visit?",
            "state_secrets",
        ),
        # asked in the message and answered with a doubt, or not shown by the record
        (
            "The police detained a CPPCC member on Monday. Was it urgent? Honestly I can't "
            "tell. Could they detain him before telling the CPPCC?",
            "urgent_case",
        ),
        (
            "They detained him without a detention warrant. Was there really no time to get "
            "one? No clue. Was that lawful?",
            "detention_emergency",
        ),
        (
            "Police detained her without a detention warrant. The file does not show whether "
            "there was an emergency. Was detaining her lawful?",
            "detention_emergency",
        ),
        # the sufficiency of bail, the consequences of a probation lapse and an approval,
        # each said to be unknown or disputed
        (
            "Whether bail or surveillance would be enough to keep him from causing more harm "
            "to the neighbours, we honestly don't know. Can they arrest him?",
            "bail_insufficient",
        ),
        (
            "The officers are split on whether bail would be enough to keep him from the "
            "witnesses. Can they arrest him?",
            "bail_insufficient",
        ),
        (
            "But would bail be enough in his case? No idea. Can the police have him arrested?",
            "bail_insufficient",
        ),
        (
            "One officer said bail would be enough, the other said it would not. Arrest?",
            "bail_insufficient",
        ),
        (
            "My son is under conditional non-prosecution and skipped one report to the "
            "procuratorate. We have no idea whether that caused any serious consequences. Will "
            "they revoke it?",
            "np_serious",
        ),
        (
            "Her lawyer wants to bring an interpreter to the detention house and asked the "
            "police, but we do not know whether permission has been granted. May the "
            "interpreter attend?",
            "interpreter_permission",
        ),
    ],
)
def test_doubted_facts_are_left_open(question: str, key: str) -> None:
    facts = _facts(question)
    assert key not in facts and key in _unsure(facts)


def test_an_unknown_approval_is_the_named_bodys_only() -> None:
    facts = _facts(
        "My father is under residential surveillance decided by the procuratorate. The police "
        "station approved a visit from his friend, but we don't know whether the procuratorate "
        "agreed. Can the friend visit?"
    )
    assert facts.get("meet_approved") is True
    assert "meet_decider_consent" in _unsure(facts)


@pytest.mark.parametrize(
    ("question", "approved"),
    [
        # the trip's facts read once the question is routed to the rule, whatever its wording
        ("He's on bail. He asked the station and they gave him written approval to go to his "
         "grandmother's funeral. So is he fine now?", True),
        ("He is on bail from the police. For his sister's wedding he applied to the county "
         "bureau, and the bureau refused. Is he still allowed?", False),
        ("I'm on bail with the police. I asked to visit my mother in hospital and they turned "
         "me down. Am I allowed anyway?", False),
        # "didn't ask whether he was allowed": no approval sought, not an unknown one
        ("He is on police bail. He didn't ask whether he was allowed to go to the wedding in "
         "another city. Can he go anyway?", False),
        # approval granted or refused in other words
        ("He is on police bail. The police station that supervises him has said yes to the "
         "trip. Can he go to his father's funeral in another city?", True),
        ("She is on bail from the police. The county bureau approved her trip to the hospital "
         "in writing. May she go?", True),
        ("He is on police bail and has written approval from the station for the trip to his "
         "sister's wedding. Can he go?", True),
        ("He is on police bail. He hasn't said a word to the police about the funeral trip. "
         "Can he go anyway?", False),
        ("She is under residential surveillance by the police and has obtained no approval to "
         "visit the hospital. May she go?", False),
    ],
)  # fmt: skip
def test_trip_facts_read_for_the_routed_rule(question: str, approved: bool) -> None:
    route = Route("eligibility.leave_on_bail", "eligibility")
    facts = read_inputs(case_text(question), "", TODAY, route).facts
    assert facts.get("leave_approved") is approved


@pytest.mark.parametrize(
    ("rule", "facts", "key"),
    [
        ("eligibility.investigation_experiment", {}, "experiment_approved"),
        ("eligibility.investigation_experiment", {}, "experiment_harmful"),
        ("eligibility.body_examination", {"exam_forced": True}, "exam_suspect"),
        ("eligibility.body_examination", {}, "exam_woman_by_man"),
        ("eligibility.search", {}, "search_warrant"),
        ("eligibility.interrogation_outside_custody", {"out_to_identify": True},
         "out_chief_approval"),
        ("eligibility.surveillance_place", {"surveillance_at_residence": True},
         "surveillance_at_custody_place"),
    ],
)  # fmt: skip
def test_a_doubted_assumption_is_asked_not_assumed(
    rule: str, facts: dict[str, object], key: str
) -> None:
    func = all_rules()[rule].func
    assert func(facts).computed["eligible"] is True  # assumed, or not checked, when not raised
    assert func({**facts, "uncertain": (key,)}).computed["eligible"] is None


def test_an_arrest_of_a_county_deputy_needs_permission_first() -> None:
    # the active-crime exception covers a detention only (MPS Arts. 140-141, SPP Arts. 79, 93)
    func = all_rules()["eligibility.deputy_permission"].func
    arrest = {"deputy_county_up": True, "measure_arrest": True}
    assert func(arrest, body="police").computed["eligible"] is False
    detention = {"deputy_county_up": True, "measure_detention": True}
    assert func(detention, body="police").computed["eligible"] is None  # caught in the act?
