"""Set H (blind round 33 / open round 43): the 100 questions, their labels, and the check of
every label against the pure rule function on facts and dates encoded by hand.

The facts below were written by hand from each question under the Readings of the file
headers; they are never read from a question's text. Running this script calls each rule
function (`assistant.rules.rulebook.all_rules()[rule].func`) on them and compares the result
with the label; `--write` also writes the two round files (odd items to the open file, even
items to the blind file).

    PYTHONPATH=. python bench/routing_blind/check_round33.py [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from assistant.rules.rulebook import all_rules

ROOT = Path(__file__).resolve().parents[2]
OPEN = ROOT / "tests/rules/routing_round43_setH.yaml"
BLIND = ROOT / "bench/routing_blind/round33.yaml"

T, F, N = {"eligible": True}, {"eligible": False}, {"eligible": None}
D = date
DT = datetime


def E(q, rule, computed, voice, why, facts, body=None):
    """An eligibility item: the rule is called as func(facts, body)."""
    needs = True if computed == N else None
    return dict(
        q=q,
        rule=rule,
        computed=computed,
        needs=needs,
        voice=voice,
        why=why,
        call=("elig", facts, body),
    )


def L(q, rule, computed, voice, why, start, needs=None, **kw):
    """A deadline item: the rule is called as func(start, **kw)."""
    return dict(
        q=q,
        rule=rule,
        computed=computed,
        needs=needs,
        voice=voice,
        why=why,
        call=("deadline", start, kw),
    )


def X(q, voice, why):
    """An item that must reach no rule."""
    return dict(q=q, rule=None, computed=None, needs=None, voice=voice, why=why, call=None)


SP, SC, TE, CO, SE = "spelled", "sceptical", "teen", "comparative", "second-person"

ITEMS = [
    # 1 spelled, eligibility, true
    E(
        "My son was sixteen when he stole a motorbike back in twenty twenty-two, and the court gave "
        "him three years. He is twenty now and has served his time. Does the procuratorate have to "
        "seal his criminal record?",
        "eligibility.record_sealing",
        T,
        SP,
        "JUV Art. 62: under 18 at the crime (16) and sentenced to not more than five years (3).",
        {"age_at_offence": 16, "sentence_years": 3},
    ),
    E(
        "Our nephew's juvenile record was sealed after he got two years for a theft he committed at "
        "fifteen. Last month he was convicted of a new robbery, and together the sentences come to "
        "seven years. Does the sealed record now have to be opened up again?",
        "eligibility.record_unsealing",
        T,
        SP,
        "JUV Art. 65 (1): a new crime, combined punishment of more than five years (7).",
        {"new_or_omitted_crime": True, "combined_sentence_years": 7},
    ),
    # 2 sceptical, eligibility, true
    E(
        "The detective handling my complaint about the assault is married to the woman I'm accusing. "
        "Surely he can't be allowed to carry on investigating it? Is there any reason I can't have "
        "him taken off the case?",
        "eligibility.recusal",
        T,
        SC,
        "MPS Art. 24 (1): the investigator is a close relative (husband) of a party (the suspect).",
        {"official_is_party_or_relative": True},
        "police",
    ),
    E(
        "The police summoned my flatmate twice this week as a suspect in a fraud case and he simply "
        "didn't turn up either time — no excuse, nothing. They're not seriously allowed to come "
        "round and drag him to the station for questioning, are they?",
        "eligibility.compelled_appearance",
        T,
        SC,
        "MPS Art. 60: a suspect who failed to appear without a valid reason may be compelled to "
        "appear; continuous appearance and questioning outside the county not raised.",
        {"compel_suspect": True, "compel_failed_summons": True, "summons_valid_reason": False},
        "police",
    ),
    # 3 teen, eligibility, true
    E(
        "my bf is under jianshi juzhu at his place and i literally live there with him lol. am i even "
        "allowed to see him or do we need like permission from the cops??",
        "eligibility.surveillance_meeting",
        T,
        TE,
        "MPS Art. 97 (2): the co-resident may meet him without approval.",
        {"meet_cohabitant": True},
        "police",
    ),
    E(
        "ngl my cousin is on bail from the police and he went to shenzhen for the weekend w/o telling "
        "them 💀 can they actually lock him up for that now",
        "eligibility.arrest_for_bail_breach",
        T,
        TE,
        "MPS Arts. 86 (1), 78: leaving the city without approval breaks bail; the police may submit "
        "for arrest approval (one option).",
        {"breach": True},
        "police",
    ),
    # 4 comparative, eligibility, true
    E(
        "Under MPS Art. 63 the police may bail a nursing mother only if her baby is under one year "
        "old. Does the procuratorate's bail rule carry the same limit? It is the procuratorate "
        "deciding here, on a woman in an embezzlement case who is breastfeeding her eighteen-month-old "
        "son.",
        "eligibility.bail",
        T,
        CO,
        "SPP Art. 37: breastfeeding her own baby, no age limit; SPP Art. 38 exclusions not raised.",
        {"breastfeeding": True, "baby_age_months": 18},
        "procuratorate",
    ),
    E(
        "The procuratorate placed a suspect under residential surveillance, and he has since met two "
        "former business partners without approval, on two separate occasions. I know the police's "
        "list in MPS Art. 99 is framed differently, but this is the procuratorate's own decision: "
        "must the procuratorate now arrest him?",
        "eligibility.arrest_for_surveillance_breach",
        T,
        CO,
        "SPP Art. 68 (5): meeting others without approval twice is a serious circumstance; shall "
        "be arrested.",
        {"unapproved_meetings": True},
        "procuratorate",
    ),
    # 5 second-person, eligibility, true
    E(
        "As the procurator on this bribery case, may I have the detained suspect brought out of the "
        "detention centre to our office for interrogation so that he can lead us to the cash he hid?",
        "eligibility.interrogation_outside_custody",
        T,
        SE,
        "SPP Art. 139: taken to the procuratorate to recover property related to the crime; the "
        "approval and escort are not told, so they are stated, not checked.",
        {"out_to_recover": True},
        "procuratorate",
    ),
    E(
        "You're the duty officer and your team has just caught a CPPCC committee member in the act of "
        "handing over a bribe. Can you detain him on the spot and let his CPPCC organisation know "
        "afterwards?",
        "eligibility.cppcc_notice",
        T,
        SE,
        "MPS Art. 144: caught in the act is urgent, so the CPPCC may be told at the same time or "
        "after the detention.",
        {
            "cppcc_member": True,
            "measure_detention": True,
            "measure_arrest": False,
            "urgent_case": True,
        },
        "police",
    ),
    # 6 spelled, deadline
    L(
        "I stood as guarantor for my nephew, and because he skipped town the police fined me. I "
        "received the Decision on the Guarantor's fine on the second of March. What is the last day "
        "on which I can apply for a review?",
        "deadline.guarantor_fine_review",
        {"deadline": "2026-03-07"},
        SP,
        "MPS Art. 72: five days from receipt of the fine decision, 2 March + 5.",
        D(2026, 3, 2),
    ),
    L(
        "The court has made a written application to see my son's sealed juvenile record, and the "
        "procuratorate received it on the third of March. By what date must the procuratorate "
        "decide whether to allow it?",
        "deadline.sealed_record_inquiry",
        {"deadline": "2026-03-10"},
        SP,
        "JUV Art. 64: decision within seven days of the application, 3 March + 7.",
        D(2026, 3, 3),
    ),
    # 7 sceptical, null
    X(
        "They arrested my son at his workplace and never once showed us an arrest warrant. Surely "
        "that's illegal?",
        SC,
        "MPS Art. 123 (warrant at every arrest): a duty without exception, not implemented; "
        "retrieval.",
    ),
    X(
        "The police want BOTH a guarantor AND a 20,000-yuan deposit before they'll let my wife out on "
        "bail. They can't demand both, can they?",
        SC,
        "MPS Art. 67 (not both a guarantor and a deposit): one prohibition, not implemented.",
    ),
    # 8 teen, eligibility, false
    E(
        "me n my friend got arrested for the same thing, it's all one case. can we just share one "
        "lawyer to save money?? his dad knows a guy",
        "eligibility.shared_lawyer",
        F,
        TE,
        "MPS Art. 40 / SPP Art. 149: suspects in the same case shall not retain the same lawyer.",
        {"co_suspects_same_case": True},
    ),
    E(
        "so the prosecutor gave me that conditional non-prosecution thing last month (im 17). my mates "
        "are doing a trip to chengdu next wk which is outside my city. tbh i dont wanna tell the "
        "procuratorate. can i just go?",
        "eligibility.leave_conditional_np",
        F,
        TE,
        "JUV Art. 41 (3): leaving the city needs the procuratorate's approval; not telling it is "
        "no approval.",
        {"cnp_leave_approved": False},
    ),
    # 9 comparative, eligibility, false
    E(
        "The procuratorate's bail exclusions (SPP Art. 38) cover only serious danger to public "
        "security and egregious crimes, but this is a police case. Can the police grant bail to a "
        "seriously ill suspect who is a recidivist?",
        "eligibility.bail",
        F,
        CO,
        "MPS Art. 64: a recidivist shall not be granted bail, although MPS Art. 63's illness ground "
        "is met.",
        {"serious_illness": True, "recidivist": True},
        "police",
    ),
    E(
        "The police could detain a suspect simply because the victim picked him out. But in a case "
        "the procuratorate is investigating itself, can it detain a suspect the victim has identified "
        "when he hasn't tried to flee or harm himself and there is no risk of him tampering with "
        "evidence or colluding?",
        "eligibility.detention",
        F,
        CO,
        "SPP Art. 76: only suicide or flight, or risk to evidence; both ruled out (identification "
        "is a police ground, MPS Art. 105 (2)).",
        {
            "identified_by_witness": True,
            "suicide_or_flight": False,
            "evidence_tampering_risk": False,
        },
        "procuratorate",
    ),
    # 10 second-person, eligibility, false
    E(
        "You're the procurator: the victim of the assault refuses to let your doctor examine her "
        "injuries. Can you make her submit to the examination anyway?",
        "eligibility.body_examination",
        F,
        SE,
        "SPP Art. 169: only a criminal suspect who refuses may be examined by force; she is the "
        "victim.",
        {"exam_victim": True, "exam_suspect": False, "exam_forced": True},
        "procuratorate",
    ),
    E(
        "You want my brother to come in and answer questions as a witness to the robbery, and you've "
        "said you'll have him brought in by force (juchuan) if he won't come. Can you actually "
        "compel a witness to appear like that?",
        "eligibility.compelled_appearance",
        F,
        SE,
        "MPS Art. 60 / SPP Art. 32: only a criminal suspect may be compelled to appear.",
        {"compel_suspect": False},
    ),
    # 11 spelled, eligibility, false
    E(
        "My son was seventeen at the time. It was his first offence, he is truly sorry, and we can "
        "supervise him at home, but the prosecutor expects a sentence of around five years. Will the "
        "procuratorate recommend probation to the court?",
        "eligibility.juvenile_probation",
        F,
        SP,
        "JUV Art. 59: only criminal detention or not more than three years; five years expected.",
        {
            "age_at_offence": 17,
            "possible_sentence_years": 5,
            "repentance": True,
            "guardianship": True,
            "recidivist": False,
        },
    ),
    E(
        "My husband was detained by the procuratorate eleven days ago and the case is still being "
        "investigated. We want to hire three lawyers for him at the same time. Are we allowed to?",
        "eligibility.lawyer_count",
        F,
        SP,
        "SPP Art. 146: one or two lawyers during the investigation; three asked.",
        {"lawyer_count": 3},
        "procuratorate",
    ),
    # 12 sceptical, eligibility, false
    E(
        "I've applied to have the investigating officer withdrawn because he's my ex-wife's brother, "
        "and they still haven't decided. Surely they have to put the whole investigation on hold "
        "until they do?",
        "eligibility.recusal_pending",
        F,
        SC,
        "MPS Art. 34: the investigation may not stop before the withdrawal decision is made.",
        {"recusal_pending": True},
        "police",
    ),
    E(
        "They call it residential surveillance, but they're keeping my father in a room inside the "
        "police station's detention area. That's not allowed, is it?",
        "eligibility.surveillance_place",
        F,
        SC,
        "MPS Art. 98: not in detention rooms or other police workplaces.",
        {"surveillance_at_custody_place": True},
        "police",
    ),
    # 13 teen, eligibility, cannot tell
    E(
        "im under house arrest (jianshi juzhu) at home and i have a hospital appt tmrw across town. "
        "asked the police station but they havent said yes or no yet. can i go??",
        "eligibility.leave_under_surveillance",
        N,
        TE,
        "MPS Arts. 97 (1), 100: a reason (hospital) is told; the approval is pending, so unknown.",
        {"leave_reason": True},
        "police",
    ),
    E(
        "my lil bro is 15 and the cops put handcuffs on him when they detained him yesterday. he wasnt "
        "fighting them, idk if they thought he'd try to run or smth. are they even allowed to cuff a "
        "kid like that",
        "eligibility.restraints",
        N,
        TE,
        "MPS Art. 133: a juvenile case bars restraints unless there is a real danger of escape etc.; "
        "the danger is told as unknown.",
        {"restraint_in_measure": True, "restraint_juvenile": True},
        "police",
    ),
    # 14 comparative, eligibility, cannot tell
    E(
        "My client's bail was granted by the procuratorate, not the police. He has a justified reason "
        "to travel to another province — his mother's surgery — and the county police executing the "
        "bail have approved the trip. Under the police rules that would be enough; is it enough here, "
        "so that he can go? We have heard nothing from the procuratorate.",
        "eligibility.leave_on_bail",
        N,
        CO,
        "MPS Art. 89, SPP Art. 47: where the procuratorate decided the bail its consent is needed "
        "before the police approve; its consent is unknown.",
        {"leave_reason": True, "leave_approved": True},
        "procuratorate",
    ),
    E(
        "Police practice would simply turn to bail, but I am asking about the procuratorate's own "
        "power under SPP Art. 90: can it decide not to arrest a suspect who should otherwise be "
        "arrested, when she may be pregnant and the test result isn't back yet?",
        "eligibility.arrest_exemption",
        N,
        CO,
        "SPP Art. 90: pregnancy is a ground; it is told as uncertain.",
        {},
        "procuratorate",
    ),
    # 15 second-person, eligibility, cannot tell
    E(
        "Yesterday you spotted, in the market, the man the victim had identified as the burglar. You "
        "had no detention warrant on you. Could you detain him there and then and do the paperwork as "
        "soon as you got him back to the station? Whether there was really no time to get the "
        "warrant first is disputed.",
        "eligibility.detention_without_warrant",
        N,
        SE,
        "MPS Arts. 105 (2), 106: a ground (identified by the victim) is met; the emergency leaving no "
        "time for the procedures is disputed, so unknown.",
        {"identified_by_witness": True},
        "police",
    ),
    E(
        "As the procurator on the case I want to re-enact the hit-and-run at the junction at night, "
        "with the suspect driving the same car slowly — nothing dangerous. I've sent the request up, "
        "but I'm not sure the chief procurator has signed it off yet. May I go ahead?",
        "eligibility.investigation_experiment",
        N,
        SE,
        "SPP Art. 171: the Procurator-General's approval is required; it is told as uncertain.",
        {"experiment_approved": None, "experiment_harmful": False},
        "procuratorate",
    ),
    # 16 spelled, eligibility, cannot tell
    E(
        "Our fifteen-year-old son has been in custody since the twentieth of February. His case was "
        "transferred to the procuratorate for prosecution three days ago; he has admitted everything "
        "and is sorry, and none of us in the family is involved in the case. We don't know whether "
        "the police would agree. Can the procurator arrange for us to see him?",
        "eligibility.juvenile_family_meeting",
        N,
        SP,
        "JUV Art. 24: family uninvolved and a ground (repentance) met; the police's consent is "
        "told as unknown.",
        {"family_not_involved": True, "repentance": True},
    ),
    E(
        "My wife is a suspect in an embezzlement case and is breastfeeding our baby, who was born about "
        "a year ago, give or take a few weeks — I honestly can't remember the exact date. Can the "
        "police put her under residential surveillance instead of holding her in the detention "
        "house?",
        "eligibility.surveillance",
        N,
        SP,
        "MPS Art. 94: nursing a baby under one year; 'about a year, give or take a few weeks' "
        "leaves the age on either side of 12 months, so unknown; no other ground told.",
        {"breastfeeding": True},
        "police",
    ),
    # 17 sceptical, eligibility, cannot tell
    E(
        "The police are telling my mother she needs their approval before she can hire a lawyer for "
        "my brother, because the case 'might involve state secrets'. Nobody has said it actually "
        "does. Do we really need their approval, or is this just stalling?",
        "eligibility.lawyer_hire_approval",
        N,
        SC,
        "MPS Art. 37: approval is needed only in a state-secret case; whether it is one is "
        "uncertain.",
        {},
        "police",
    ),
    E(
        "They say my sister can't stand guarantor for her husband's bail. She has nothing to do with "
        "the case, she has all her civil rights and her own flat; the only question is her income, "
        "which comes and goes because she freelances — we honestly don't know if it counts. What "
        "possible reason could they have to refuse her?",
        "eligibility.guarantor",
        N,
        SC,
        "MPS Art. 69 (4): a fixed residence and income; the income is told as uncertain (and with "
        "it the ability to perform, (2)).",
        {"guarantor_not_implicated": True, "guarantor_rights_unrestricted": True},
        "police",
    ),
    # 18 teen, deadline
    L(
        "cops read me the decision taking my bail deposit yesterday bc i missed a check-in. i wanna "
        "fight it, whats the last day i can ask for a review?",
        "deadline.forfeiture_review",
        {"deadline": "2026-03-09"},
        TE,
        "MPS Art. 81: five days from the reading of the forfeiture decision, 4 March + 5.",
        D(2026, 3, 4),
    ),
    L(
        "got qubao houshen from the police on jan 20 this year. when does it run out, like the max?",
        "deadline.bail_period",
        {"deadline": "2027-01-20"},
        TE,
        "MPS Art. 92: bail not over twelve months, 20 January 2026 + 12 months.",
        D(2026, 1, 20),
        body="police",
    ),
    # 19 comparative, null
    X(
        "If the police haven't applied to arrest a suspect, can the procuratorate decide to arrest "
        "him directly, or must it recommend that the police apply first? How does that compare with "
        "the police's own powers?",
        CO,
        "SPP Art. 103: listed as not implemented (mistranslated condition, the body's judgement).",
    ),
    X(
        "When a higher procuratorate reviews a refused arrest, may it approve the arrest directly "
        "itself? Is there anything comparable in the MPS Provisions?",
        CO,
        "SPP Art. 106: a power of the higher body, listed as not implemented.",
    ),
    # 20 second-person, null
    X(
        "You're the detention-house officer: what do I need to bring, and on which days can I come, "
        "to leave money and clothes for my husband who's being detained there?",
        SE,
        "A detention-house procedure no rule computes.",
    ),
    X(
        "As the procurator, can you explain what rights my son has when you interrogate him — can he "
        "refuse to answer, and can his lawyer be in the room?",
        SE,
        "General rights at interrogation; no rule.",
    ),
    # 21 spelled, eligibility, true
    E(
        "A boy of sixteen took a classmate's phone worth about two thousand yuan. The prosecutor "
        "thinks he would get six months at most, the facts are clear and the evidence is enough to "
        "charge him, and he is genuinely sorry. Can the procuratorate decide not to prosecute him on "
        "conditions?",
        "eligibility.conditional_non_prosecution",
        T,
        SP,
        "JUV Art. 29: aged 16, theft (Criminal Law Chapter V), up to one year, prosecutable, "
        "repentant; no objection raised.",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "prosecutable": True,
            "repentance": True,
        },
    ),
    E(
        "A man picked up for pickpocketing on the twenty-eighth of February has for five days refused "
        "to give his real name or address, and nobody knows who he is, but the CCTV footage and the "
        "wallet in his pocket prove the theft. Can the police still apply to have him arrested under "
        "the name he made up?",
        "eligibility.unknown_identity",
        T,
        SP,
        "MPS Art. 112: identity withheld and evidence proves the crime; the police may apply for "
        "arrest under the declared name.",
        {"identity_unknown": True, "evidence_of_crime": True},
        "police",
    ),
    # 22 sceptical, eligibility, true
    E(
        "Two procurators turned up at my brother's flat this morning, showed a search warrant and "
        "went through everything — he's the suspect in their bribery case. How is that even legal?",
        "eligibility.search",
        T,
        SC,
        "SPP Arts. 175, 178: the suspect's residence, with a search warrant shown.",
        {"search_suspect": True, "search_warrant": True},
        "procuratorate",
    ),
    E(
        "When the police arrested my forty-five-year-old husband last night they put him in handcuffs "
        "in front of all the neighbours. They can't just handcuff a grown man who isn't even "
        "resisting, can they?",
        "eligibility.restraints",
        T,
        SC,
        "MPS Art. 133: restraints may be used in an arrest; an adult's case, so the juvenile bar "
        "does not apply.",
        {"restraint_in_measure": True, "restraint_juvenile": False},
        "police",
    ),
    # 23 teen, eligibility, true
    E(
        "cops grabbed my mate literally while he was breaking into a car rn. can they just detain him "
        "like that??",
        "eligibility.detention",
        T,
        TE,
        "MPS Art. 105 (1): caught committing the crime.",
        {"caught_in_act": True},
        "police",
    ),
    E(
        "im 16 and got caught up in a theft thing, police said its minor and i was basically just the "
        "lookout, not the main guy. will the prosecutor drop it bc im a minor?",
        "eligibility.juvenile_non_prosecution",
        T,
        TE,
        "JUV Art. 26 (3): a minor crime by a minor in a secondary or auxiliary role.",
        {"age_at_offence": 16, "minor_crime": True, "secondary_role": True},
    ),
    # 24 comparative, eligibility, true
    E(
        "Comparing the police and procuratorate rules: in an ordinary theft case still under "
        "investigation, with no state secrets and nothing to do with national security or terrorism, "
        "does a defence lawyer need the investigators' permission to meet the detained suspect? "
        "Would it matter which body is investigating?",
        "eligibility.lawyer_meeting_permission",
        T,
        CO,
        "CPL Art. 39, MPS Art. 43, SPP Art. 152: no bar applies for either body.",
        {"state_secrets": False, "state_security_crime": False},
    ),
    E(
        "For a research note: a suspect against whom the evidence is verified, who faces several "
        "years' imprisonment, and for whom bail or residential surveillance would not be enough to "
        "prevent danger to society — are the arrest conditions met under both MPS Art. 115 and SPP "
        "Art. 86?",
        "eligibility.arrest",
        T,
        CO,
        "MPS Art. 115, SPP Art. 86: all three conditions met for both bodies; SPP Art. 89 "
        "circumstance not raised.",
        {"evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": True},
    ),
    # 25 second-person, eligibility, true
    E(
        "As the police investigator, may I hold back the detention notice to the suspect's family for "
        "now? His accomplice in the same case is still on the run and could destroy evidence if the "
        "family tips him off.",
        "eligibility.family_notice_exception",
        T,
        SE,
        "MPS Art. 108 (1): a suspect in the same case may flee or destroy evidence.",
        {"co_suspect_risk": True},
        "police",
    ),
    E(
        "Officer, my brother qualifies for bail, but he can't pay the deposit and has nobody to act as "
        "his guarantor. Can you put him under residential surveillance instead?",
        "eligibility.surveillance",
        T,
        SE,
        "MPS Art. 68: a bail-eligible suspect with neither a bond nor a surety.",
        {"no_bond_or_guarantor": True},
        "police",
    ),
    # 26 spelled, null
    X(
        "How many days, in total, can the police keep someone in criminal detention before they have "
        "to send the case to the procuratorate for arrest approval — three, seven or thirty?",
        SP,
        "How many days, no date: retrieval (MPS Art. 109).",
    ),
    X(
        "Is twelve months the longest bail pending trial can last, or can it be renewed for another "
        "twelve?",
        SP,
        "A period with no date: retrieval (MPS Art. 92).",
    ),
    # 27 sceptical, deadline
    L(
        "My son has been held in the procuratorate's detention far longer than the law allows. Our "
        "lawyer filed a request for his release with the procuratorate on Monday. They can't just sit "
        "on it — by when do they have to finish examining it?",
        "deadline.overdue_measure_review",
        {"deadline": "2026-03-05"},
        SC,
        "SPP Art. 85: examination completed within three days of the request, 2 March + 3.",
        D(2026, 3, 2),
        measure="detention",
    ),
    L(
        "The procuratorate demanded that the police explain why they never opened a case about my "
        "stolen car, and the police received that demand on Tuesday. Surely they can't ignore it "
        "forever — by what date do they have to put their reasons in writing?",
        "deadline.no_filing_reasons",
        {"deadline": "2026-03-10"},
        SC,
        "MPS Art. 164: a Specification of the Reasons within seven days, 3 March + 7.",
        D(2026, 3, 3),
    ),
    # 28 teen, null
    X(
        "whats the actual diff between qubao houshen and jianshi juzhu?? asking for a friend 😅",
        TE,
        "A definition: bail vs residential surveillance; no rule.",
    ),
    X(
        "if i get arrested do i have to unlock my phone for the cops",
        TE,
        "No provision in the corpus; no rule.",
    ),
    # 29 comparative, deadline
    L(
        "The police can't decide this themselves: after the procuratorate refused to approve an "
        "arrest, the police asked it to reconsider, and the request and case file reached the "
        "procuratorate on the twenty-seventh of February. By what date must the procuratorate decide?",
        "deadline.arrest_reconsideration",
        {"deadline": "2026-03-06"},
        CO,
        "SPP Art. 105: within seven days of receiving the request and file, 27 February + 7.",
        D(2026, 2, 27),
    ),
    L(
        "I received the police's notice of not filing a case on Tuesday. I know the procuratorate's "
        "rules give ten days to apply for reconsideration; is it the same against the police, and "
        "what is my last day?",
        "deadline.no_filing_reconsideration",
        {"deadline": "2026-03-10"},
        CO,
        "MPS Art. 163: seven days after receiving the police's notice, 3 March + 7.",
        D(2026, 3, 3),
        body="police",
    ),
    # 30 second-person, deadline
    L(
        "You police arrested my son at half past nine this morning. By when do you have to "
        "interrogate him?",
        "deadline.interrogation_arrest",
        {"deadline": "2026-03-06T09:30"},
        SE,
        "MPS Art. 124: within 24 hours of the arrest, 5 March 09:30 + 24 h.",
        DT(2026, 3, 5, 9, 30),
        body="police",
    ),
    L(
        "You received my application on Monday for approval to hire a lawyer in my husband's "
        "state-secrets case. As the public security bureau, by what date must you decide?",
        "deadline.lawyer_permission",
        {"deadline": "2026-03-05"},
        SE,
        "MPS Art. 41: decision within three days of receiving the application, 2 March + 3.",
        D(2026, 3, 2),
        body="police",
    ),
    # 31 spelled, eligibility, false
    E(
        "My brother is on bail granted by the procuratorate. He missed one summons, on the second of "
        "March, because his bus broke down; nothing came of it, and he has done nothing else "
        "wrong. Must the procuratorate now have him arrested?",
        "eligibility.arrest_for_bail_breach",
        F,
        SP,
        "SPP Arts. 53-54: a missed summons counts only with serious consequences or twice; no "
        "other breach.",
        {
            "missed_summons": False,
            "new_crime": False,
            "evasion": False,
            "evidence_tampering": False,
            "left_area": False,
        },
        "procuratorate",
    ),
    E(
        "My cousin was nineteen when he and two friends broke into a warehouse; he only kept watch "
        "and the whole thing was minor. Should the procuratorate generally decide not to prosecute "
        "him, the way it does for minors who played a secondary part?",
        "eligibility.juvenile_non_prosecution",
        F,
        SP,
        "JUV Arts. 26-27 cover a minor criminal suspect; 19 at the time of the crime.",
        {"age_at_offence": 19, "minor_crime": True, "secondary_role": True},
    ),
    # 32 sceptical, eligibility, false
    E(
        "My client is held on suspicion of organising terrorist activities and the case is still "
        "being investigated. Surely as his defence lawyer I don't need anyone's permission just to go "
        "and see him?",
        "eligibility.lawyer_meeting_permission",
        F,
        SC,
        "CPL Art. 39: in terrorism cases the lawyer needs the investigators' permission.",
        {"state_security_crime": True},
    ),
    E(
        "A private company I applied to work for has written to the procuratorate asking for my "
        "sealed juvenile record as part of its background check. Is there honestly any basis for "
        "handing it over to them?",
        "eligibility.sealed_record_access",
        F,
        SC,
        "JUV Art. 64: only judicial organs handling cases or units inquiring under state "
        "regulations; an employer is neither.",
        {"requester_judicial": False, "requester_state_rules": False},
    ),
    # 33 teen, eligibility, false
    E(
        "my bro got bailed and they need a guarantor. his buddy offered but he was literally in the "
        "car w him that night and the cops are looking at him for it too. does that work?",
        "eligibility.guarantor",
        F,
        TE,
        "MPS Art. 69 (1): a guarantor must not be implicated in the case.",
        {"guarantor_not_implicated": False},
        "police",
    ),
    E(
        "a male guy from the jianchayuan patted down my gf's body during the search at our place "
        "yesterday, no female officer there at all. is that allowed??",
        "eligibility.search",
        F,
        TE,
        "SPP Art. 180: a woman's body is searched only by female officers.",
        {"search_woman_by_man": True},
        "procuratorate",
    ),
    # 34 comparative, eligibility, false
    E(
        "The police would need permission under MPS Art. 140, but what about the procuratorate? If it "
        "wants to arrest a deputy to a county people's congress who was not caught in the act, can "
        "it go ahead without the congress's permission first?",
        "eligibility.deputy_permission",
        F,
        CO,
        "SPP Art. 93: arresting a county-level deputy needs the congress's permission first.",
        {
            "npc_deputy": True,
            "deputy_county_up": True,
            "measure_arrest": True,
            "measure_detention": False,
            "caught_in_act": False,
        },
        "procuratorate",
    ),
    E(
        "The SPP Rules say nothing about CPPCC members, so in a procuratorate case I'd apply the "
        "police rule. On that basis, can a CPPCC committee member be arrested before his CPPCC "
        "organisation is informed? The case is not urgent.",
        "eligibility.cppcc_notice",
        F,
        CO,
        "MPS Art. 144: the CPPCC is informed before an arrest unless the case is urgent.",
        {
            "cppcc_member": True,
            "measure_arrest": True,
            "measure_detention": False,
            "urgent_case": False,
        },
        "procuratorate",
    ),
    # 35 second-person, eligibility, false
    E(
        "The officer handling my case is rude and keeps interrupting me. He's not related to anyone "
        "involved, has no stake in the case, was never a witness or lawyer in it, and hasn't accepted "
        "gifts or met anyone on the quiet. As his superior, can you take him off the case because I "
        "asked?",
        "eligibility.recusal",
        F,
        SE,
        "MPS Arts. 24, 26: every listed ground ruled out; rudeness is none of them.",
        {
            "official_is_party_or_relative": False,
            "official_interest": False,
            "official_prior_role": False,
            "official_gifts_or_meetings": False,
        },
        "police",
    ),
    E(
        "As the procurator reviewing the police's arrest request, may I approve arresting a man whose "
        "likely penalty is only criminal detention, even though the evidence against him is solid?",
        "eligibility.arrest",
        F,
        SE,
        "SPP Art. 86: arrest needs a likely sentence of imprisonment or more.",
        {"evidence_of_crime": True, "minor_penalty_only": True},
        "procuratorate",
    ),
    # 36 spelled, eligibility, true
    E(
        "The police detained my daughter-in-law on the first of March over a counterfeit-handbag "
        "business. She is five months pregnant. Can the police let her out on qubao houshen?",
        "eligibility.bail",
        T,
        SP,
        "MPS Art. 63: pregnant; MPS Art. 64 exclusions not raised.",
        {"pregnant": True},
        "police",
    ),
    E(
        "My father is on bail granted by the county police. His brother died on the second of March "
        "and the funeral is on the seventh, two hundred kilometres away in another county. The police "
        "station has already approved the trip. May he go?",
        "eligibility.leave_on_bail",
        T,
        SP,
        "MPS Arts. 86, 89: a justifiable reason (funeral) and the executing police's approval.",
        {"leave_reason": True, "leave_approved": True},
        "police",
    ),
    # 37 sceptical, eligibility, cannot tell
    E(
        "My husband is under residential surveillance ordered by the police. He went out to see his "
        "mother in hospital without asking and came straight back, and he's done nothing else. The "
        "officer calls that a serious violation, we say it wasn't. Surely they can't arrest him just "
        "for that?",
        "eligibility.arrest_for_surveillance_breach",
        N,
        SC,
        "MPS Art. 99 (5): another violation with serious circumstances; the seriousness is "
        "disputed; the other listed grounds ruled out.",
        {
            "evasion": False,
            "violent_witness_interference": False,
            "evidence_tampering": False,
            "new_crime": False,
        },
        "police",
    ),
    E(
        "My son got conditional non-prosecution last autumn. Last month he was fined for a "
        "public-order offence — the first time — and we don't know yet whether anything serious came "
        "of it. Surely they won't tear the whole thing up over one fine?",
        "eligibility.conditional_np_revocation",
        N,
        SC,
        "JUV Art. 46 (3): a public-order violation counts with serious consequences or repeated; "
        "once, consequences unknown.",
        {"np_public_order_violation": True, "np_repeated": False},
    ),
    # 38 teen, eligibility, cannot tell
    E(
        "ngl idk if i was 17 or already 18 when it happened, my bday is that same week and the date of "
        "the thing is disputed lol. got 2 yrs. will my record get sealed?",
        "eligibility.record_sealing",
        N,
        TE,
        "JUV Art. 62: the age at the crime (17 or 18) is disputed; sentence two years.",
        {"sentence_years": 2},
    ),
    E(
        "my lil bro (16) got caught shoplifting, cops say he'd get like 6 months max and hes really "
        "sorry, but idk if their evidence is even solid. can the prosecutor give him that conditional "
        "non-prosecution thing?",
        "eligibility.conditional_non_prosecution",
        N,
        TE,
        "JUV Art. 29 (3): facts clear and evidence sufficient is told as unknown.",
        {
            "age_at_offence": 16,
            "crime_chapter_4_6": True,
            "possible_sentence_years": 0.5,
            "repentance": True,
        },
    ),
    # 39 comparative, eligibility, cannot tell
    E(
        "MPS Art. 108 lets the police withhold the detention notice if an accomplice might flee, while "
        "the procuratorate's exceptions are narrower. In this police case we don't know whether his "
        "accomplice is still at large. Can the police lawfully hold off telling his family?",
        "eligibility.family_notice_exception",
        N,
        CO,
        "MPS Art. 108 (1): the co-suspect risk is told as unknown.",
        {},
        "police",
    ),
    E(
        "The SPP Rules have no interpreter article, so the police rule governs: my client, who speaks "
        "only Uyghur, is in custody and I want to bring an interpreter to our meeting. I applied to "
        "the police for permission last week and have had no answer. Can the interpreter come in "
        "with me?",
        "eligibility.lawyer_interpreter",
        N,
        CO,
        "MPS Art. 45: the police's permission is needed; it is pending, so unknown.",
        {},
        "police",
    ),
    # 40 second-person, eligibility, cannot tell
    E(
        "As the police officer in charge, can I detain a people's congress deputy suspected of fraud "
        "without asking her congress for permission first? I don't know which level of congress she "
        "sits on, and she wasn't caught in the act.",
        "eligibility.deputy_permission",
        N,
        SE,
        "MPS Arts. 140-142: the congress level decides (county or above: permission; township: "
        "report); it is unknown.",
        {"npc_deputy": True, "measure_detention": True, "caught_in_act": False},
        "police",
    ),
    E(
        "You're the police officer deciding: can you grant my father bail? He has heart trouble; one "
        "doctor says it's serious, the other says it isn't.",
        "eligibility.bail",
        N,
        SE,
        "MPS Art. 63: serious illness is disputed; no other ground told.",
        {"uncertain": ["serious_illness"]},
        "police",
    ),
    # 41 spelled, deadline
    L(
        "A sixteen-year-old's case has been transferred to the procuratorate for examination and "
        "prosecution; the file arrived on the fourth of March. My daughter is the victim. By what day "
        "must the procuratorate tell us that we may appoint an agent ad litem?",
        "deadline.juvenile_inform_victim",
        {"deadline": "2026-03-07"},
        SP,
        "JUV Art. 22: within three days of receiving the case, 4 March + 3.",
        D(2026, 3, 4),
    ),
    L(
        "While investigating a suspect already under arrest, the police discovered on the "
        "twenty-sixth of February that he had also committed another serious robbery. By what date "
        "must that be reported to the county bureau chief for approval, so the custody period can be "
        "recalculated?",
        "deadline.custody_recalculation",
        {"deadline": "2026-03-03"},
        SP,
        "MPS Art. 130: within five days of the discovery, 26 February + 5.",
        D(2026, 2, 26),
    ),
    # 42 sceptical, deadline
    L(
        "We handed the police a written bail application for my father on Wednesday. Surely they can't "
        "keep us waiting for weeks — what's the last day they can reply?",
        "deadline.bail_application_reply",
        {"deadline": "2026-03-11"},
        SC,
        "MPS Art. 65: reply within seven days of the application, 4 March + 7.",
        D(2026, 3, 4),
        body="police",
    ),
    L(
        "The police detained my brother at ten on Tuesday night and nobody has told the family a "
        "thing since. They can't keep us in the dark forever, can they? When were they supposed to "
        "notify us by?",
        "deadline.family_notice_detention",
        {"deadline": "2026-03-04T22:00"},
        SC,
        "MPS Art. 108: notice within 24 hours of detention, 3 March 22:00 + 24 h.",
        DT(2026, 3, 3, 22, 0),
        body="police",
    ),
    # 43 teen, deadline without its date
    L(
        "they rejected my request to get the investigator taken off my case. i got the decision letter "
        "but idk what day it came, lost the envelope 🙃 whats my deadline to ask them to reconsider?",
        "deadline.recusal_reconsideration",
        {},
        TE,
        "MPS Art. 30: five days after receiving the rejection; the date is not known, so asked.",
        None,
        needs=True,
    ),
    L(
        "the guy who jumped me got conditional non-prosecution instead of being charged. i got the "
        "decision a few days ago, cant remember exactly when. whens the last day i can complain "
        "about it?",
        "deadline.conditional_np_complaint",
        {},
        TE,
        "JUV Art. 37: seven days after the victim receives the decision; the date is not known, "
        "so asked.",
        None,
        needs=True,
    ),
    # 44 comparative, null
    X(
        "How many days does a complainant have to seek reconsideration of a decision not to file a "
        "case — is it different for the police and the procuratorate?",
        CO,
        "How many days, no date: retrieval (MPS Art. 163, SPP Art. 134).",
    ),
    X(
        "When the procuratorate files a case against a people's congress deputy, does it have to "
        "notify the congress, and do the police have an equivalent duty when they file one?",
        CO,
        "SPP Art. 135 (notify the congress on filing): listed as not implemented.",
    ),
    # 45 second-person, null
    X(
        "As the procurator on the case, can I order an autopsy even though the dead man's family "
        "refuses without giving any reason?",
        SE,
        "SPP Art. 168 (autopsy despite the family's refusal): listed as not implemented.",
    ),
    X(
        "As an arresting officer, how many hours do I have, as a rule, to notify the family after an "
        "arrest?",
        SE,
        "How many hours, no date, a general rule: retrieval (MPS Art. 125).",
    ),
    # 46 spelled, null
    X(
        "My uncle took part in a fraud nineteen years ago, back in two thousand and seven. Can he "
        "still be prosecuted for it now?",
        SP,
        "Limitation period: the Criminal Law is not in the corpus; not implementable.",
    ),
    X(
        "At what age can a child be held criminally responsible — fourteen or sixteen? My nephew is "
        "thirteen and a half.",
        SP,
        "Age of criminal responsibility: the Criminal Law is not in the corpus; not implementable.",
    ),
    # 47 sceptical, null
    X(
        "They've told my lawyer that two officers will sit in on every meeting with my husband. How is "
        "that allowed?",
        SC,
        "MPS Arts. 46, 48 (officers present at meetings): listed as not implemented.",
    ),
    X(
        "If it turns out the arrest was a mistake, is there any reason they wouldn't have to let him "
        "go straight away?",
        SC,
        "SPP Art. 116 / MPS Art. 134 (revoking an improper arrest): listed as not implemented.",
    ),
    # 48 teen, null
    X(
        "can the police question me without my parents or a lawyer there?? im 16",
        TE,
        "Safeguards at a minor's interrogation: no rule.",
    ),
    X(
        "wait what even is a 'people's procuratorate' and how is it diff from the cops lol",
        TE,
        "A definition; no rule.",
    ),
    # 49 comparative, null
    X(
        "Who is disqualified from being a witness under the MPS Provisions, and do the SPP Rules say "
        "anything different?",
        CO,
        "MPS Art. 54 (witness capacity): listed as not implemented.",
    ),
    X(
        "How does the procuratorate's role in approving arrests differ from the police's role in "
        "applying for them?",
        CO,
        "A general procedure; no rule.",
    ),
    # 50 second-person, null
    X(
        "As the procurator, can I summon the suspect again straight after his twelve-hour summons "
        "ends, so we can keep questioning him?",
        SE,
        "SPP Arts. 137-138 (no continuous summons): listed as not implemented.",
    ),
    X(
        "You're the investigating officer: what has to be in place before you can formally open a "
        "criminal case on my complaint?",
        SE,
        "MPS Art. 162 (filing a case): listed as not implemented.",
    ),
]


COMMON = """\
# Voices (spelled 10, sceptical 10, teen 10, comparative 10, second-person 10):
# spelled (numbers, ages, dates and periods written out in words: "sixteen", "the second of
# March", "eleven days ago"), sceptical (an angry or sceptical person asking rhetorically or
# negatively: "surely they can't ...", "they're not allowed to ..., are they?", "how is that even
# legal?"), teen (a teenager or young adult texting: lowercase, slang, abbreviations such as "rn",
# "idk", "ngl", "tmrw", emoji), comparative (a researcher or lawyer comparing the police and
# procuratorate rules, or asking for one body's rule while naming the other's article),
# second-person (the writer addresses the official or the assistant as the one who decides: "can
# you ...", "you arrested my son ...", "as the procurator, may I ...").
# How it was written: 100 questions written by hand, in voice, in one order (pairs of the same voice
# and kind, and for eligibility the same verdict, so the alternation split balances voices and
# verdicts), then split by alternation: odd items to tests/rules/routing_round43_setH.yaml, even
# items to bench/routing_blind/round33.yaml. Each item is preceded by a `# why:` line naming the
# article and the facts the label rests on.
# Written blind: the writer did not open the router or the fact readers (assistant/rules/router_*.py,
# answer.py, asked_as.py, concept*.py, facts_*.py other than facts.py, negation.py, learned_*,
# scan.py, wiring.py, readers*), assistant/answer/, assistant/retrieval/lay/, anything under tests/
# except tests/rules/cases/*.yaml, any routing*.yaml file, bench/routing_blind/*.yaml beyond the first
# 62 lines of round29.yaml, bench/routing_blind/README.md or the other rounds' check scripts,
# bench/own*.yaml, bench/rules*_fresh.yaml, eval/, the git history of any of these, or the other
# helpers' worktrees; and did not run the assistant, the router, answer_rule_question, the CLI, the
# scorers or pytest on these questions. Sources: the docstrings, signatures and bodies of
# assistant/rules/elig_*.py, deadline_*.py, deadlines.py, timeline_rule.py, conditions.py,
# conditions_acts.py, verdict.py, model.py, registry.py, rulebook.py; the fact fields of facts.py;
# conditions.toml, conditions_acts.toml; docs/rule-coverage.md (implemented and NOT implemented
# provisions); tests/rules/cases/*.yaml (shape of `computed`); the articles in corpus/articles.jsonl
# (MPS Provisions, SPP Rules, SPP Juvenile Provisions, CPL); bench/routing_blind.py (fields read);
# /work/shared/seeds/README.md; the header comment (lines 1-62) of bench/routing_blind/round29.yaml.
# Readings: today is 2026-03-05 (a Thursday) for every item. Dates follow the CPL convention: the
# start day is not counted, N days from day D end at the end of day D+N, hours run from the clock time
# given, months end on the same day number clamped to the month's end. A bare weekday is the most
# recent one before today (Monday = 2 March, Tuesday = 3 March, Sunday = 1 March); "last night" is
# 4 March; "last year" is 2025. `latest` appears only where the limit has a lawful extension; hour
# periods are YYYY-MM-DDTHH:MM. The body is the one named or plainly implied (police station, officer,
# detective, gong an, bureau = police; jianchayuan, procurator = procuratorate); where none is named
# the rule's own documented default applies, and items whose answer would differ between the bodies
# name one. Pinyin: qubao houshen = bail, jianshi juzhu / "house arrest" = residential surveillance,
# xingshi juliu = criminal detention, juchuan = compelled appearance, daibu = formal arrest. A
# sentence told means the person was prosecuted; "nothing else" rules out the other listed
# circumstances; a fact told as disputed or unknown ("might be serious", "we don't know") is
# uncertain, so cannot tell. A question asking only "how many days" with no date is null (retrieval).
# Also read so here (from the rules' documented assumptions): an approval applied for but not yet
# answered ("they haven't said yes or no", "no answer yet") is unknown; "without telling them" / "I
# don't want to tell the procuratorate" is no approval; "done nothing else wrong" is "nothing
# else"; a deadline asked for the user's own event whose date is lost ("idk what day it came") is a
# deadline the rule must ask for, while a general "how many days / hours" stays null; a comparative
# question naming both bodies is labelled for the body whose case it is (named), or, where the case
# names none, for both bodies' rules together (they agree in those items).
# Checked: every eligibility and deadline label was worked out by hand from the article and the
# rule's docstring, then checked by calling the pure rule function on facts and dates the writer
# encoded by hand (never on a question's text; bench/routing_blind/check_round33.py, which also
# writes both files): all 76 labels of the 100 agree; none was changed.
# Rule behaviour that differs from a plain reading of its article (labels follow the documented
# behaviour): eligibility.cppcc_notice reads MPS Art. 143's "arrest" as compelled appearance and
# decides an arrest under Art. 144 (informed before, unless urgent), so a non-urgent arrest of a
# CPPCC member is "no" although the translation of Art. 143 lists arrest among the measures only
# notified; eligibility.juvenile_non_prosecution's Art. 26 route does not check the article's "not
# necessary to be sentenced or exempted from punishment" (a minor crime with a listed circumstance
# suffices); eligibility.bail and eligibility.surveillance assume, without checking, that arrest
# would otherwise be due for the illness, pregnancy and nursing grounds (MPS Arts. 63 (3), 94 (3)),
# and bail assumes unraised exclusions absent; eligibility.arrest_for_bail_breach (police) counts
# any violation and its "yes" means arrest is one lawful option among those of MPS Art. 78;
# eligibility.detention_without_warrant does not infer the emergency of MPS Art. 106 from an Art.
# 105 ground (asked when not told or disputed); eligibility.interrogation_outside_custody checks
# the chief procurator's approval and the two-officer escort of SPP Art. 139 only when told;
# eligibility.lawyer_meeting_permission applies the 2018 CPL Art. 39 (terrorism, national
# security) alongside the 1998/1999 instruments; eligibility.guarantor takes the ability to perform
# the guarantee (MPS Art. 69 (2)) as given only once the other three conditions are shown, so an
# uncertain income leaves both open. No label was found where the function is legally wrong.
"""

OPEN_HEADER = (
    """\
# Routing round 43, Set H open half (50 questions), written by a helper session.
# This file may be used for tuning the router (patterns, word lists, fact readers, learned
# examples, thresholds). Its blind sibling is bench/routing_blind/round33.yaml (the other 50 of the
# same 100), which is never used to tune the router.
# Counts: 30 eligibility (11 eligible true, 10 false, 9 cannot tell: `computed: {eligible: null}`,
# `needs: true`), 8 deadline (1 without its date: the rule must ask, `computed: {}`, `needs: true`),
# 12 null (9 of them name bail, detention, arrest, a lawyer, a date or a deadline; 17 of the 24 nulls
# across both halves). 31 distinct rules here; all 39 eligibility rules appear across the two halves,
# and the 16 deadline items of the two halves use 16 different deadline rules (13 less common ones,
# plus family_notice_detention, bail_period and no_filing_reconsideration).
"""
    + COMMON
)

BLIND_HEADER = (
    """\
# Blind routing round 33 (50 questions), Set H blind half, written by a helper session for
# measurement only.
# This file is never used to tune the router: no pattern, word list, fact reader, learned example or
# threshold may be changed because of what these items do; only the count lines of a run may be read.
# Its open tuning sibling is tests/rules/routing_round43_setH.yaml (the other 50 of the same 100).
# Counts: 30 eligibility (11 eligible true, 10 false, 9 cannot tell: `computed: {eligible: null}`,
# `needs: true`), 8 deadline (1 without its date: the rule must ask, `computed: {}`, `needs: true`),
# 12 null (8 of them name bail, detention, arrest, a lawyer, a date or a deadline; 17 of the 24 nulls
# across both halves). 32 distinct rules here; all 39 eligibility rules appear across the two halves,
# and the 16 deadline items of the two halves use 16 different deadline rules (13 less common ones,
# plus family_notice_detention, bail_period and no_filing_reconsideration).
"""
    + COMMON
)


def run(item):
    """The rule function's result on the hand-encoded facts or date."""
    spec = all_rules()[item["rule"]]
    kind, a, b = item["call"]
    if kind == "elig":
        return spec.func(a, b)
    return spec.func(a, **b)


def check() -> tuple[int, int]:
    rules = all_rules()
    checked = agree = 0
    for n, it in enumerate(ITEMS, 1):
        if it["rule"] is None:
            continue
        assert it["rule"] in rules, it["rule"]
        res = run(it)
        checked += 1
        ok = res.computed == it["computed"]
        if it["needs"] is not None:
            ok = ok and bool(res.needs) == it["needs"]
        else:
            ok = ok and not res.needs
        agree += ok
        if not ok:
            print(
                f"DISAGREE {n}: {it['rule']} label {it['computed']} got {res.computed} "
                f"needs {res.needs}"
            )
    return checked, agree


def _item_text(it) -> str:
    lines = [f"# why: {it['why']}", f"- q: {json.dumps(it['q'], ensure_ascii=False)}"]
    lines.append(f"  rule: {it['rule'] if it['rule'] else 'null'}")
    if it["rule"] is not None:
        parts = []
        for k, v in it["computed"].items():
            parts.append(f"{k}: {json.dumps(v)}" if v is not None else f"{k}: null")
        lines.append("  computed: {" + ", ".join(parts) + "}")
    if it["needs"]:
        lines.append("  needs: true")
    lines.append(f"  voice: {it['voice']}")
    return "\n".join(lines)


def write(header_open: str, header_blind: str) -> None:
    odd, even = ITEMS[0::2], ITEMS[1::2]
    for path, header, items in ((OPEN, header_open, odd), (BLIND, header_blind, even)):
        body = "\n".join(_item_text(it) for it in items)
        path.write_text(header.rstrip("\n") + "\n" + body + "\n", encoding="utf-8")


def counts(items) -> str:
    kinds = Counter((it["rule"] or "none").split(".")[0] for it in items)
    verdicts = Counter(
        {True: "true", False: "false", None: "null"}[it["computed"]["eligible"]]
        for it in items
        if it["rule"] and it["rule"].startswith("eligibility.")
    )
    voices = Counter(it["voice"] for it in items)
    return f"{dict(kinds)} {dict(verdicts)} {dict(voices)}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    assert len(ITEMS) == 100
    checked, agree = check()
    print(f"labels checked: {checked}, agreeing: {agree}")
    print("all:", counts(ITEMS))
    print("open (odd):", counts(ITEMS[0::2]))
    print("blind (even):", counts(ITEMS[1::2]))
    elig = {it["rule"] for it in ITEMS if it["rule"] and it["rule"].startswith("eligibility.")}
    all_elig = {r for r in all_rules() if r.startswith("eligibility.")}
    print("eligibility rules covered:", len(elig), "missing:", sorted(all_elig - elig))
    dl = [it["rule"] for it in ITEMS if it["rule"] and it["rule"].startswith("deadline.")]
    print("deadline rules:", len(dl), "distinct:", len(set(dl)))
    for name, half in (("open", ITEMS[0::2]), ("blind", ITEMS[1::2])):
        print(name, "distinct rules:", len({it["rule"] for it in half if it["rule"]}))
    if args.write:
        write(OPEN_HEADER, BLIND_HEADER)
        print("written", OPEN, BLIND)
    return 0 if checked == agree else 1


if __name__ == "__main__":
    sys.exit(main())
