"""Set J (blind round 35 and open routing round 45): the 100 questions, their hand-worked
labels, and a check of every label against the pure rule function.

Each item's `facts` / `args` were encoded by hand from the question (never parsed from its
text) and are passed straight to the rule function; the function's `computed` (and whether
it asks) must equal the hand-worked label. Nothing here runs the router or the assistant.

    PYTHONPATH=. python bench/routing_blind/check_round35.py          # check the labels
    PYTHONPATH=. python bench/routing_blind/check_round35.py --write  # and write both files
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

import yaml

from assistant.rules.rulebook import all_rules

ROOT = Path(__file__).resolve().parents[2]
OPEN = ROOT / "tests/rules/routing_round45_setJ.yaml"
BLIND = ROOT / "bench/routing_blind/round35.yaml"

T, F, N = {"eligible": True}, {"eligible": False}, {"eligible": None}
U = "uncertain"


def d(y: int, m: int, day: int, hh: int | None = None, mm: int = 0) -> date | datetime:
    return date(y, m, day) if hh is None else datetime(y, m, day, hh, mm)


def E(voice, q, rule, exp, why, facts, body=None):
    """An eligibility item; `needs` is true exactly when the verdict is null."""
    return dict(voice=voice, q=q, rule=rule, computed=exp, needs=True if exp is N else None,
                why=why, args={"facts": facts, "body": body})  # fmt: skip


def D(voice, q, rule, exp, why, **args):
    """A deadline item; an empty `computed` means the rule must ask (needs)."""
    return dict(voice=voice, q=q, rule=rule, computed=exp, needs=True if exp == {} else None,
                why=why, args=args)  # fmt: skip


def X(voice, q, why):
    """A question no rule should answer."""
    return dict(voice=voice, q=q, rule=None, computed={}, needs=None, why=why, args=None)


# ---------------------------------------------------------------- the 50 pairs, in order
# fmt: off
PAIRS = [
    # 1 learner, eligibility true
    (E("learner", "My wife is pregnant 4 month. Yesterday police catched her because she take some clothes from a shop without pay, it is small thing. She is still in the police station now. Can she get out with bail, I mean qubao, or she must stay inside?",
       "eligibility.bail", T, "MPS Art. 63 (3): a pregnant woman; police named (still at the police station); no Art. 64 exclusion raised",
       {"pregnant": True}, "police"),
     E("learner", "My brother is on bail since November. Our grandmother died in Harbin, it is other province, and funeral is on Saturday. He already ask the police who is watching his bail and they say ok, they give him the paper. So he can go to the funeral, yes? I am worry he get trouble.",
       "eligibility.leave_on_bail", T, "MPS Arts. 86 (1), 89: a justifiable reason (a funeral) and the executing police's approval; police bail",
       {"leave_reason": True, "leave_approved": True})),
    # 2 mixed, eligibility true
    (E("mixed", "Wo mama has very serious heart disease, the doctor say it is serious. The gong an said instead of juliu they will put her under jianshi juzhu at home. Is this allowed by the rules, jianshi juzhu for a sick person like her?",
       "eligibility.surveillance", T, "MPS Art. 94 (3): serious illness; the police decide (公安)",
       {"serious_illness": True}, "police"),
     E("mixed", "我表弟 was caught 当场 by 公安 in the metro while he was stealing a phone from a lady's bag, and they 拘留 him right away. Can 公安 really 拘留 him like this, without waiting?",
       "eligibility.detention", T, "MPS Art. 105 (1): caught while committing the crime; police",
       {"caught_in_act": True}, "police")),
    # 3 exam, eligibility true
    (E("exam", "Problem 3. Police officers on patrol see A breaking into a parked car and seize him on the spot. There is no time to obtain a detention warrant, so they take A to the public security bureau, where the detention procedures are completed immediately on arrival. Question: was it lawful for the police to detain A before the detention warrant was issued?",
       "eligibility.detention_without_warrant", T, "MPS Arts. 105 (1), 106: an Art. 105 ground, an emergency, procedures completed at once after he was brought in; the police's own detention",
       {"caught_in_act": True, "detention_emergency": True, "detention_papers_late": False}, "police"),
     E("exam", "B is the victim of an assault. The investigator assigned to the case by the county public security bureau, C, is B's elder brother. The suspect, D, applies for C's withdrawal. Is D's application well founded?",
       "eligibility.recusal", T, "MPS Art. 24 (1): the investigator is a close relative (brother) of a party, the victim",
       {"official_is_party_or_relative": True}, "police")),
    # 4 memo, eligibility true
    (E("memo", "Re: Criminal detention of a township people's congress deputy. Facts: The suspect is a deputy to the people's congress of Xishan Town only; he holds no seat at county level or above. This bureau intends to place him under criminal detention on suspicion of embezzlement. Issue: Whether the detention may be executed without the prior permission of the congress, a report to it being sufficient.",
       "eligibility.deputy_permission", T, "MPS Art. 142: a township deputy: the congress is told at once, no prior permission",
       {"npc_deputy": True, "deputy_county_up": False, "measure_detention": True, "measure_arrest": False}, "police"),
     E("memo", "Re: Interrogation of a detained suspect outside the detention house. Facts: The suspect is held in the detention house in a bribery case investigated by this procuratorate. It is proposed to bring him to the procuratorate so that he can lead officers to recover the bribe money he concealed. The chief procurator has approved, and two judicial police officers will escort him. Issue: Whether the suspect may be taken out of the detention house for interrogation.",
       "eligibility.interrogation_outside_custody", T, "SPP Art. 139: to recover property related to the crime, with the chief procurator's approval, escorted by two judicial police",
       {"out_to_recover": True, "out_chief_approval": True, "out_escort_short": False}, "procuratorate")),
    # 5 hearsay, eligibility true
    (E("hearsay", "A lady in my WeChat group says her sister-in-law is four months pregnant, and the procuratorate is now looking at whether to arrest her over a fraud case; her lawyer apparently thinks she would be arrested otherwise. Can the procuratorate decide not to arrest her because she is pregnant?",
       "eligibility.arrest_exemption", T, "SPP Art. 90: a pregnant woman who should otherwise be arrested; the procuratorate may decide not to arrest",
       {"pregnant": True}, "procuratorate"),
     E("hearsay", "My colleague's nephew is 16 and in custody; his case has now been transferred to the procuratorate for prosecution. My colleague says nobody in the family is involved in the case, the police have already agreed to a meeting, and the boy has admitted everything and is really sorry. Can the procurator arrange for his parents to meet him?",
       "eligibility.juvenile_family_meeting", T, "SPP Juvenile Art. 24: family not involved, police consent, the minor pleaded guilty and repented",
       {"family_not_involved": True, "police_consent": True, "repentance": True})),
    # 6 learner, deadline
    (D("learner", "I give the application paper for bail for my husband to the police station on Monday. How long they take to answer me? I mean which day is the last day they must say yes or no?",
       "deadline.bail_application_reply", {"deadline": "2026-03-09"}, "MPS Art. 65: a reply within seven days; Monday = 2 March; police",
       start=d(2026, 3, 2), body="police"),
     D("learner", "My brother was formal arrested (daibu) yesterday at 3 o'clock in the afternoon, the police take him from his work. Until what time the police must interrogate him? He has not been asked anything yet.",
       "deadline.interrogation_arrest", {"deadline": "2026-03-05T15:00"}, "MPS Art. 124: within 24 hours of the arrest; 4 March 15:00; police",
       start=d(2026, 3, 4, 15, 0), body="police")),
    # 7 mixed, eligibility false
    (E("mixed", "我朋友 is on 取保候审 (qubao) and it was the 检察院 who made the qubao decision. Last month he went to 上海 one time for work without approval, came back after two days, nothing bad happened, and he did nothing else wrong. Can 检察院 逮捕 him now because of this trip?",
       "eligibility.arrest_for_bail_breach", F, "SPP Art. 53 (3): leaving without approval counts only with serious consequences or twice; once, no consequences, nothing else; the procuratorate decided the bail",
       {"left_area": False, "new_crime": False, "evasion": False, "evidence_tampering": False, "missed_summons": False}, "procuratorate"),
     E("mixed", "我哥哥's case is investigated by 检察院 and he is in custody now. Our family wants to hire 三个律师 at the same time to help him during the investigation, because it is a complicated case. 可以吗?",
       "eligibility.lawyer_count", F, "SPP Art. 146: one or two lawyers during the investigation; three asked",
       {"lawyer_count": 3}, "procuratorate")),
    # 8 exam, deadline
    (D("exam", "P was released on bail pending trial and broke its conditions. The public security organ decided to forfeit his deposit, and the decision was read to P on 3 March 2026. By what date must P apply to the public security organ at the next higher level for review?",
       "deadline.forfeiture_review", {"deadline": "2026-03-08"}, "MPS Art. 81: within five days of being read the decision; 3 March + 5",
       start=d(2026, 3, 3)),
     D("exam", "Q acted as guarantor for R, who absconded while on bail. The public security organ fined Q, and Q received the Decision on the Guarantor's Fine on Sunday, 1 March 2026. What is the last day on which Q may apply for review?",
       "deadline.guarantor_fine_review", {"deadline": "2026-03-06"}, "MPS Art. 72: within five days of receiving the fine decision; 1 March + 5",
       start=d(2026, 3, 1))),
    # 9 memo, eligibility true
    (E("memo", "Memo to the bureau head. Re: Deferral of the notice of detention. The suspect was detained on 3 March in a gang fraud case. Two accomplices remain at large and, if the suspect's family is notified, are likely to flee and destroy the account records. The head of the county bureau has approved the deferral. Issue: Whether notice to the family may lawfully be withheld for the time being.",
       "eligibility.family_notice_exception", T, "MPS Art. 108 (1): co-suspects in the same case may flee or destroy evidence; police, with the county head's approval",
       {"co_suspect_risk": True}, "police"),
     E("memo", "Re: Request of defence counsel to meet a detained client. Facts: The suspect is held in the detention house on suspicion of ordinary theft; the case is investigated by the public security organ and involves no state secrets, no crime endangering national security and no terrorist activity. Counsel has produced his practising certificate, the law firm's letter and the power of attorney. Issue: Whether the meeting requires the prior approval of the organ handling the case.",
       "eligibility.lawyer_meeting_permission", T, "MPS Art. 43, CPL Art. 39: no state secrets and no national-security or terrorism crime, so no approval is needed",
       {"state_secrets": False, "state_security_crime": False}, "police")),
    # 10 hearsay, null
    (X("hearsay", "My friend's brother is deaf and can't speak. He was detained by the police and interrogated yesterday. My friend wants to know: do the investigators have to bring someone who knows sign language to the interrogation?",
       "SPP Art. 141 (a deaf or mute suspect's interrogation): a procedural safeguard listed as not implemented; no rule decides it"),
     X("hearsay", "Someone in my WeChat group said that when the lawyer went to meet her husband in the detention centre, two police officers sat in the room and listened to everything. Are the police allowed to be present at a lawyer's meeting?",
       "MPS Art. 46 (officers present at a lawyer's meeting): 'according to the circumstances and needs of the case', listed as not implemented")),
    # 11 learner, eligibility false
    (E("learner", "For my husband take out on bail, police say we need a guarantee person. My father want to be the guarantee person, but my father was also in the same business and the police is investigating him too in the same case. Can he be the guarantee person?",
       "eligibility.guarantor", F, "MPS Art. 69 (1): a guarantor must not be implicated in the case",
       {"guarantor_not_implicated": False}),
     E("learner", "My cousin and his friend was both taken by police for the same fight in a bar, it is one case. They don't have much money. Can one lawyer take both of them together and they pay only one time?",
       "eligibility.shared_lawyer", F, "MPS Art. 40: suspects in the same case shall not retain the same lawyer (SPP Art. 149 agrees)",
       {"co_suspects_same_case": True})),
    # 12 mixed, null
    (X("mixed", "拘留 and 逮捕 have what difference? My friend says 拘留 is only short time and 逮捕 is serious. Which one is worse for the person?",
       "a definition of two measures; no rule computes it"),
     X("mixed", "For qubao houshen, can the gongan ask our family to give both a baozhengren and baozhengjin at the same time? They asked us for both and we don't know if that is normal.",
       "MPS Art. 67 (guarantor and deposit not required together): one prohibition, listed as not implemented")),
    # 13 exam, eligibility true
    (E("exam", "Zhang San was 16 when he stole an electric scooter (theft, Chapter V of the Specific Provisions of the Criminal Law). On the facts he may be sentenced to no more than six months' fixed-term imprisonment; the facts are clear, the evidence is true and sufficient, and the conditions for prosecution are met. Zhang San shows genuine repentance, and neither he nor his parents object. May the procuratorate make a conditional decision not to prosecute him?",
       "eligibility.conditional_non_prosecution", T, "SPP Juvenile Art. 29: aged 14-17, a Chapter V crime, at most one year, clear facts, repentance; no objection (Art. 38)",
       {"age_at_offence": 16, "crime_chapter_4_6": True, "possible_sentence_years": 0.5, "prosecutable": True, "repentance": True, "juvenile_objects": False}, "procuratorate"),
     E("exam", "Li Si, aged 17 at the time of the offence, is a defendant in a theft case and can be sentenced to at most two years' fixed-term imprisonment. He is a first-time offender and shows remorse; his residents' committee declares that probation would have no significant adverse effect on the community; his parents can provide effective guardianship; and probation would not really harm society. Must the procuratorate recommend that the court apply probation?",
       "eligibility.juvenile_probation", T, "SPP Juvenile Art. 59: all requirements met and a first-time offender",
       {"age_at_offence": 17, "possible_sentence_years": 2, "repentance": True, "community_no_adverse_effect": True, "guardianship": True, "no_social_danger": True, "recidivist": False}, "procuratorate")),
    # 14 memo, deadline
    (D("memo", "Re: Recalculation of the custody period. Facts: In the course of the investigation of the arrested suspect for contract fraud, the case unit discovered on 2 March 2026 that he had also committed a major unrelated crime of bribery. Issue: The date by which the discovery must be reported to the responsible person of the bureau for approval.",
       "deadline.custody_recalculation", {"deadline": "2026-03-07"}, "MPS Art. 130: within five days of the discovery; 2 March + 5",
       start=d(2026, 3, 2)),
     D("memo", "Re: Procuratorate's request for an explanation of non-filing. The county procuratorate's written request that this bureau state its reasons for not filing the case on Ms. Wang's complaint was received on 27 February 2026. Issue: The date by which the Statement of Reasons for Not Filing a Case must be prepared.",
       "deadline.no_filing_reasons", {"deadline": "2026-03-06"}, "MPS Art. 164: within seven days of the request; 27 February + 7",
       start=d(2026, 2, 27))),
    # 15 hearsay, eligibility true
    (E("hearsay", "My friend's cousin's son got conditional non-prosecution from the procuratorate last autumn. My friend just told me the boy was caught stealing again last week and he's now been charged with a new theft. Will the procuratorate cancel the conditional non-prosecution and prosecute him?",
       "eligibility.conditional_np_revocation", T, "SPP Juvenile Art. 46 (1): a new crime within the probation period",
       {"new_crime": True}),
     E("hearsay", "Someone in my building's chat asked this for her uncle. The uncle wants to be guarantor for his neighbour's son, who is getting qubao from the police. The uncle has nothing to do with the case, has never lost his political rights and is under no restriction, owns his flat and has a steady salary. Does he qualify as guarantor?",
       "eligibility.guarantor", T, "MPS Art. 69: uninvolved, rights unrestricted, fixed residence and income; able to guarantee taken as met (the rule's documented default)",
       {"guarantor_not_implicated": True, "guarantor_rights_unrestricted": True, "guarantor_residence_income": True}, "police")),
    # 16 learner, eligibility true
    (E("learner", "Police decide my father must be in residential surveillance. They let him stay in his own apartment, the one where he live for 20 years, in our city, the same city where is the police who handle the case. Is this place ok by law, or they have to put him in some special place?",
       "eligibility.surveillance_place", T, "MPS Art. 98: his fixed residence in the city of the case-handling organ",
       {"surveillance_at_residence": True}, "police"),
     E("learner", "Police call my brother three time to come to station for question, he is suspect in a fraud. He never go, he have no reason, he is just scared. Now they say they will come and bring him by force to the station here in our city. They can do like this?",
       "eligibility.compelled_appearance", T, "MPS Art. 60: a suspect summoned who fails to appear without a valid reason, questioned in his city; nothing continuous raised",
       {"compel_suspect": True, "compel_failed_summons": True, "compel_outside_area": False}, "police")),
    # 17 mixed, deadline
    (D("mixed", "我是被害人的妈妈. 检察院 decided 附条件不起诉 for the 未成年 boy who injured my daughter. We received the decision on 2月27日. What is the last day for us to file a complaint with the higher 检察院?",
       "deadline.conditional_np_complaint", {"deadline": "2026-03-06"}, "SPP Juvenile Art. 37: within seven days of receiving the decision; 27 February + 7",
       start=d(2026, 2, 27)),
     D("mixed", "我哥 has been on 取保候审 for more than 12个月 now, which is longer than the law allows. Our 律师 sent a written request to the 检察院 last Friday asking them to end the qubao. By which date must 检察院 make a decision on it?",
       "deadline.overdue_measure_review", {"deadline": "2026-03-06"}, "SPP Art. 62: a request to end bail held beyond its period is decided within seven days; last Friday = 27 February",
       start=d(2026, 2, 27), measure="bail")),
    # 18 exam, eligibility true
    (E("exam", "Procurators of the county procuratorate's anti-corruption bureau are executing a detention of suspect E at his home. E's wife is seen throwing documents into the stove, and there is no time to obtain a separate search warrant. (1) Who approves the detention? (2) May the procurators search the home on the spot without a separate search warrant? Answer (2) only.",
       "eligibility.search", T, "SPP Art. 179: during the execution of a detention, in an emergency, no separate warrant needed; the suspect's home (Art. 175)",
       {"search_suspect": True, "search_in_arrest": True, "search_emergency": True, "search_warrant": False}, "procuratorate"),
     E("exam", "F was caught with stolen goods but refuses to give his real name or address, and his identity remains unknown. The evidence that the theft occurred and that F committed it has been verified; he may be sentenced to three years' fixed-term imprisonment; bail or residential surveillance would not be sufficient to prevent social danger. May the procuratorate approve F's arrest although his identity is unknown?",
       "eligibility.unknown_identity", T, "SPP Art. 88 with Art. 86: identity unknown, arrest conditions met",
       {"identity_unknown": True, "evidence_of_crime": True, "imprisonment_possible": True, "bail_insufficient": True}, "procuratorate")),
    # 19 memo, eligibility false
    (E("memo", "Re: Application for approval of arrest of a people's congress deputy. Facts: The suspect is a serving deputy to the county people's congress. The economic crimes unit intends to submit a request for approval of his arrest; he was not caught in the act. Issue: Whether the request may be submitted without first obtaining the permission of the standing committee of that congress.",
       "eligibility.deputy_permission", F, "MPS Art. 140: a county-level deputy; a request for arrest needs the standing committee's permission first",
       {"npc_deputy": True, "deputy_county_up": True, "measure_arrest": True, "measure_detention": False, "caught_in_act": False}, "police"),
     E("memo", "Re: Employer's inquiry into a sealed juvenile record. A private logistics company has applied in writing to this procuratorate for a copy of the sealed juvenile criminal record of a job applicant, for its own pre-employment screening. No judicial organ is handling a case and no state regulation requires the inquiry. Issue: Whether the record may be provided.",
       "eligibility.sealed_record_access", F, "SPP Juvenile Art. 64: neither a judicial organ handling a case nor a unit inquiring under state regulations",
       {"requester_judicial": False, "requester_state_rules": False}, "procuratorate")),
    # 20 hearsay, deadline without its date
    (D("hearsay", "My friend's brother is being investigated by the police in what they call a state-secrets case, so his lawyer had to apply to the police for approval before taking him on. My friend doesn't know on which day the application reached the police. By when do the police have to decide?",
       "deadline.lawyer_permission", {}, "MPS Art. 41: three days from receipt of the application; the date is not told, so the rule must ask",
       start=None, body="police"),
     D("hearsay", "My sister-in-law's friend works at a court. She says her court sent a written application to the procuratorate to see someone's sealed juvenile record, but she couldn't tell me which day it went in. What's the last date the procuratorate has to decide on it?",
       "deadline.sealed_record_inquiry", {}, "SPP Juvenile Art. 64: seven days from the application; the date is not told, so the rule must ask",
       start=None)),
    # 21 learner, eligibility false
    (E("learner", "My mother is under house arrest, residential surveillance from police. She want to go to the big hospital in other district to check her heart, but the police station say no, they not approve. Can she still go because it is for health?",
       "eligibility.leave_under_surveillance", F, "MPS Arts. 97 (1), 100: leaving the residence needs the executing organ's approval, which was refused",
       {"leave_reason": True, "leave_approved": False}, "police"),
     E("learner", "When I was 19 year old I did a crime, I steal a motorbike and the court give me 2 years prison. Now I am finish and I want find a new job. Can my record be sealed like they do for the young people?",
       "eligibility.record_sealing", F, "SPP Juvenile Arts. 62, 66: only a person under 18 at the time of the crime; he was 19",
       {"age_at_offence": 19, "sentence_years": 2})),
    # 22 mixed, eligibility true
    (E("mixed", "检察院 is handling my sister's case, 贪污, they investigate it themselves. She is still breastfeeding her son, he is 18个月 now. Can she apply for 取保候审 because of the breastfeeding? I read somewhere the baby must be under one year old.",
       "eligibility.bail", T, "SPP Art. 37 (5): breastfeeding her own baby, no age limit (the one-year limit is the police's, MPS Art. 63); procuratorate named; no Art. 38 exclusion raised",
       {"breastfeeding": True, "baby_age_months": 18}, "procuratorate"),
     E("mixed", "公安 came to 逮捕 my brother yesterday and put 手铐 on him in front of all the neighbours. He is 30岁, he didn't fight or run. 他们可以用手铐吗?",
       "eligibility.restraints", T, "MPS Art. 133: restraints may be used while arresting; an adult's case, so the juvenile bar does not apply",
       {"restraint_in_measure": True, "restraint_juvenile": False}, "police")),
    # 23 exam, null
    (X("exam", "Under the MPS Provisions the time for requesting approval of arrest after detention may be extended to 30 days for a major suspect of 'multiple crimes'. What does 'multiple crimes' mean in this context?",
       "MPS Art. 110 (definitions): not a verdict, listed as not implemented"),
     X("exam", "V, the only eyewitness to a robbery, is a seven-year-old child who cannot express himself clearly. May V be a witness in the case?",
       "MPS Art. 54 (who cannot be a witness): one judgement of the body, listed as not implemented")),
    # 24 memo, eligibility false
    (E("memo", "Re: Venue of residential surveillance. Facts: The suspect has no fixed residence in this county. For convenience of supervision, the case unit proposes to carry out the residential surveillance in a detention room of the local police station. Issue: Whether residential surveillance may be carried out at that location.",
       "eligibility.surveillance_place", F, "MPS Art. 98: never in a detention room or other police workplace",
       {"surveillance_at_residence": False, "surveillance_at_custody_place": True}, "police"),
     E("memo", "Re: Effect of a pending withdrawal application. Counsel for the suspect has applied for the withdrawal of the lead investigator; the head of the county bureau has not yet decided the application. Issue: Whether the investigation must be suspended until the decision is made.",
       "eligibility.recusal_pending", F, "MPS Art. 34: the investigation may not stop before the withdrawal decision is made",
       {"recusal_pending": True}, "police")),
    # 25 hearsay, eligibility false
    (E("hearsay", "My coworker's brother-in-law was picked up by the police for stealing a bike, a small thing really, but apparently he already served time for burglary four years ago, so he counts as a recidivist. It's the police handling it. Can he get qubao houshen?",
       "eligibility.bail", F, "MPS Art. 64: a recidivist shall not be granted bail; police named",
       {"recidivist": True}, "police"),
     E("hearsay", "A friend of my daughter's - he's 17 and got conditional non-prosecution - apparently went off to Shenzhen for a week to work without telling the procuratorate, and his mum only found out afterwards. Was he allowed to leave like that?",
       "eligibility.leave_conditional_np", F, "SPP Juvenile Art. 41 (3): leaving the city or county needs the procuratorate's approval; none asked",
       {"cnp_leave_approved": False})),
    # 26 learner, null
    (X("learner", "How many days police can keep somebody in the detention before they must ask the procuratorate for arrest? I just want to know the rule, in general.",
       "'how many days' with no date: retrieval states MPS Art. 109"),
     X("learner", "My husband is adult, 35 years old, he is in the detention center now. Can I go to visit him? What I need to bring with me?",
       "visits to an adult in custody: no rule (the juvenile family meeting of SPP Juvenile Art. 24 is for a minor)")),
    # 27 mixed, eligibility false
    (E("mixed", "My uncle is under jianshi juzhu at his home. His business partner, who doesn't live with him, wants to come over to talk about the company. The paichusuo already said no. Can the partner still come and visit him?",
       "eligibility.surveillance_meeting", F, "MPS Art. 97 (2): not a co-resident or his lawyer, and the executing organ refused",
       {"meet_cohabitant": False, "meet_own_lawyer": False, "meet_approved": False}, "police"),
     E("mixed", "我弟弟 is 未成年, 16岁. He joined some older boys in a 抢劫 (robbery), and the 律师 says the sentence will be at least 3年. Can 检察院 give him 附条件不起诉?",
       "eligibility.conditional_non_prosecution", F, "SPP Juvenile Art. 29 (2): only where the likely sentence is at most one year; three years told",
       {"age_at_offence": 16, "crime_chapter_4_6": True, "possible_sentence_years": 3}, "procuratorate")),
    # 28 exam, eligibility false
    (E("exam", "In a case investigated by the procuratorate, the procurators want to examine the injuries of the victim, G. G refuses to be examined. The procurators decide to examine her by force. Is the compulsory examination of G permitted?",
       "eligibility.body_examination", F, "SPP Art. 169: only a criminal suspect who refuses may be examined by force; G is the victim",
       {"exam_victim": True, "exam_suspect": False, "exam_forced": True}, "procuratorate"),
     E("exam", "H was 16 when he committed a theft and was sentenced to one year's imprisonment; his record was sealed. At 20 he commits a new crime, and on combining the punishments the court decides to execute three years' imprisonment. Must H's sealed record be unsealed?",
       "eligibility.record_unsealing", F, "SPP Juvenile Art. 65: only where the combined sentence executed exceeds five years; three",
       {"new_or_omitted_crime": True, "combined_sentence_years": 3})),
    # 29 memo, null
    (X("memo", "Re: Filing a case against a people's congress deputy. The procuratorate intends to file a case for investigation against a serving deputy to the county people's congress; no compulsory measure is yet proposed. Issue: Whether, upon filing, the procuratorate must notify the congress, and which body of it.",
       "SPP Art. 135 (notice on filing a case against a deputy): a duty, listed as not implemented"),
     X("memo", "Re: Improper arrest. On review, the arrest of the suspect in this case appears to have been improper. Issue: Whether the arrest must be revoked or changed to another compulsory measure, and the procedure to be followed.",
       "SPP Art. 116, MPS Art. 134 (revoking an improper measure): 'improper' is not a listed condition; not implemented")),
    # 30 hearsay, eligibility false
    (E("hearsay", "My neighbour's husband is a foreigner being held by the police. The lawyer she hired brought an interpreter along to the detention house, but the lawyer never asked the police for permission for the interpreter. Can the interpreter go into the meeting?",
       "eligibility.lawyer_interpreter", F, "MPS Art. 45: an interpreter needs the police's permission; none was asked",
       {"interpreter_permission": False}, "police"),
     E("hearsay", "My aunt heard this from her friend: procurators from the anti-corruption bureau came to search the friend, a woman suspected of taking bribes. They showed a warrant, but the person who searched her body was a male officer. Was that search allowed?",
       "eligibility.search", F, "SPP Art. 180: a woman's body shall be searched by female officers",
       {"search_suspect": True, "search_warrant": True, "search_woman_by_man": True}, "procuratorate")),
    # 31 learner, deadline
    (D("learner", "My father was release on bail at 10 January this year, the police decide it. What is the last day of his bail, the longest it can be?",
       "deadline.bail_period", {"deadline": "2027-01-10"}, "MPS Art. 92: at most twelve months; 10 January 2026 + 12 months",
       start=d(2026, 1, 10), body="police"),
     D("learner", "The police detain my son last night at 11 pm. Until when they have to send the detention notice to us, his family? Nobody call us yet.",
       "deadline.family_notice_detention", {"deadline": "2026-03-05T23:00"}, "MPS Art. 108: within 24 hours of detention; last night = 4 March, 23:00",
       start=d(2026, 3, 4, 23, 0), body="police")),
    # 32 mixed, null
    (X("mixed", "My brother is in 看守所 and we have no money for a 律师 (lawyer). Is there a 值班律师, a duty lawyer, there who can give him free advice? How does he ask for one?",
       "CPL Art. 36 (duty lawyers): a right stated by retrieval; no rule"),
     X("mixed", "公安 came and 逮捕 my husband at home, but they didn't show any warrant or paper to him. Is that legal? Don't they have to show the 逮捕证, the arrest warrant?",
       "MPS Art. 123 (arrest warrant shown): a duty with no exception, left to retrieval; not implemented")),
    # 33 exam, eligibility false
    (E("exam", "To test the victim's account, procurators plan an investigation experiment in which the victim, J, would have to re-enact an indecent assault partly undressed in front of several officers. The Procurator-General has approved it. May the experiment be held as planned?",
       "eligibility.investigation_experiment", F, "SPP Art. 171: acts that may cause insult or indecency are prohibited",
       {"experiment_approved": True, "experiment_harmful": True}, "procuratorate"),
     E("exam", "K is suspected of dangerous driving. The evidence is verified, but the offence carries at most criminal detention (juyi) and a fine. The police apply for approval of K's arrest, arguing that he may reoffend. Are the conditions for arrest met?",
       "eligibility.arrest", F, "SPP Art. 86, MPS Art. 115: arrest needs a likely sentence of fixed-term imprisonment or more",
       {"evidence_of_crime": True, "minor_penalty_only": True, "imprisonment_possible": False})),
    # 34 memo, eligibility null
    (E("memo", "Re: Breach of residential surveillance. Facts: The suspect, under residential surveillance decided by this bureau, left his residence once without approval to attend a wedding in the neighbouring county and returned the same evening. No escape, interference with witnesses, destruction of evidence or new offence has been reported. Whether the circumstances are serious has not yet been assessed. Issue: Whether an application for approval of arrest is required.",
       "eligibility.arrest_for_surveillance_breach", N, "MPS Art. 99 (5): another violation counts only if the circumstances are serious, which is not yet assessed",
       {"evasion": False, "violent_witness_interference": False, "evidence_tampering": False, "new_crime": False, U: ["other_serious_violation"]}, "police"),
     E("memo", "Re: Retention of counsel during the investigation. The suspect, who is in custody, has asked to retain a lawyer. The case concerns the leaking of documents from a defence-industry enterprise; the organ handling the case has not yet determined whether it involves state secrets. Issue: Whether the retention of counsel requires prior approval.",
       "eligibility.lawyer_hire_approval", N, "MPS Art. 37: approval only in a state-secrets case, which is undetermined",
       {U: ["state_secrets"]}, "police")),
    # 35 hearsay, null
    (X("hearsay", "A guy in my group chat says that a person who's been arrested in China has the right to stay silent and doesn't have to answer the police. Is that true?",
       "a general right; no rule"),
     X("hearsay", "My cousin's father-in-law died suddenly and nobody knows why. The procuratorate wants an autopsy, but the family refuses to sign anything. My cousin heard they can do it anyway. Can they?",
       "SPP Art. 168 (autopsy despite the family's refusal): one condition, listed as not implemented")),
    # 36 learner, eligibility null
    (E("learner", "Police take my son two days ago and until now nobody from police call us, we find out only from his friend. We don't know why they not inform the family. Is the police allowed to not tell the family?",
       "eligibility.family_notice_exception", N, "MPS Art. 108: withholding notice needs a listed circumstance; none is told",
       {}, "police"),
     E("learner", "My husband is detained in the detention center. I hire a lawyer for him, but the lawyer is told he must first get permission from the investigators to see him. Nobody tell us what kind of case it is exactly. The lawyer really need permission?",
       "eligibility.lawyer_meeting_permission", N, "CPL Art. 39, MPS Art. 43, SPP Art. 152: permission only for state-secrets or national-security/terrorism cases; the kind of case is unknown",
       {})),
    # 37 mixed, eligibility null
    (E("mixed", "My cousin did something when he was 16 and was sentenced, now he is 22. We are not sure if the sentence was 4年 or 6年, the family remembers it differently. 他的犯罪记录 can be 封存 or not?",
       "eligibility.record_sealing", N, "SPP Juvenile Art. 62: sealed if sentenced to no more than five years; the sentence is uncertain",
       {"age_at_offence": 16, "not_prosecuted": False, U: ["sentence_years"]}),
     E("mixed", "Wo jiujiu is a zhengxie weiyuan (政协委员) in our city. The gongan want to juliu him for a tax case. They say it is urgent, but our family thinks it is not urgent at all, he is not going anywhere. Can gongan juliu him before telling the zhengxie?",
       "eligibility.cppcc_notice", N, "MPS Art. 144: informed before detention unless urgent; urgency disputed, so uncertain",
       {"cppcc_member": True, "measure_detention": True, "measure_arrest": False, U: ["urgent_case"]}, "police")),
    # 38 exam, deadline
    (D("exam", "S applied for the withdrawal of investigator T of the city public security bureau. The application was rejected, and S received the decision on Monday. (1) Who decided the application? (2) By what date may S apply for reconsideration? Answer (2).",
       "deadline.recusal_reconsideration", {"deadline": "2026-03-07"}, "MPS Art. 30: within five days of receiving the rejection; Monday = 2 March; police",
       start=d(2026, 3, 2), body="police"),
     D("exam", "The procuratorate returned U's case to the public security organ for supplementary investigation on 20 February 2026. By what date must the supplementary investigation be completed?",
       "deadline.supplementary_investigation", {"deadline": "2026-03-20"}, "CPL Art. 175: within one month; 20 February + 1 month",
       start=d(2026, 2, 20))),
    # 39 memo, eligibility null
    (E("memo", "Re: Request to leave the residence under residential surveillance. Facts: The suspect is under residential surveillance decided by the procuratorate and executed by this police station. He has asked to leave his residence for hospital treatment of a chronic kidney condition. The file does not show whether the county bureau has approved the request or whether the procuratorate has consented. Issue: Whether the suspect may leave.",
       "eligibility.leave_under_surveillance", N, "MPS Arts. 97, 100, SPP Art. 66: a reason told, but the approval and the deciding procuratorate's consent are unknown",
       {"leave_reason": True, "measure_by_procuratorate": True}, "procuratorate"),
     E("memo", "Re: Compelled appearance. Facts: A person connected with the warehouse fire has twice failed to answer summonses without giving any explanation. The file does not yet establish whether he is to be treated as a criminal suspect or merely as a witness. Issue: Whether he may be compelled to appear for questioning at the county bureau.",
       "eligibility.compelled_appearance", N, "MPS Art. 60: only a criminal suspect may be compelled; his role is undetermined",
       {"compel_failed_summons": True, "compel_outside_area": False, U: ["compel_suspect"]}, "police")),
    # 40 hearsay, eligibility null
    (E("hearsay", "Somebody in my hiking group told us her brother is under residential surveillance at home in a police case. His girlfriend, who doesn't live with him, wants to come and see him. They applied to the police station for approval, but nobody knows yet whether it was approved. Can she visit him?",
       "eligibility.surveillance_meeting", N, "MPS Art. 97 (2): not a co-resident or his lawyer; the approval is unknown",
       {"meet_cohabitant": False, "meet_own_lawyer": False}, "police"),
     E("hearsay", "My cousin heard from her classmate that the classmate's dad was taken away over some business fraud. Nobody knows how heavy the sentence could be or whether he'd be seen as dangerous, and we don't even know if it's the police or the procuratorate handling it. Can he get bail?",
       "eligibility.bail", N, "MPS Art. 63, SPP Art. 37: no ground is told, and the body is unknown",
       {})),
    # 41 learner, eligibility null
    (E("learner", "Police want to put my friend in detention. They say a woman saw him at the place of the robbery and point at him, but she is not sure, she say maybe it was him, maybe not. They find nothing at his home and he did not run away. Can police detain him only because of this?",
       "eligibility.detention", N, "MPS Art. 105 (2): the witness's identification is doubted, so uncertain; nothing else told",
       {"caught_in_act": False, "evidence_found_on_person": False, "suicide_or_flight": False, "evidence_tampering_risk": False, "identity_unknown": False, "roving_repeat_gang": False, U: ["identified_by_witness"]}, "police"),
     E("learner", "My son is 17, he hit a boy in school and the boy's arm is broken. The lawyer say court maybe give him 2 years. He is very sorry, it is his first time of trouble. Will the procuratorate ask the court to give him probation?",
       "eligibility.juvenile_probation", N, "SPP Juvenile Art. 59: the community, guardianship and social-harm requirements are not told",
       {"age_at_offence": 17, "possible_sentence_years": 2, "repentance": True, "recidivist": False})),
    # 42 mixed, eligibility null
    (E("mixed", "My neighbour is a 人大代表 (renda daibiao) and 公安 want to 拘留 him for a fraud. 我不知道 which level of 人大 he is a deputy of. He wasn't caught in the act, it is an old case. Do 公安 need the 人大's permission first?",
       "eligibility.deputy_permission", N, "MPS Arts. 140-142: permission depends on the congress's level (county or above, or township), which is unknown",
       {"npc_deputy": True, "measure_detention": True, "measure_arrest": False, "caught_in_act": False, U: ["deputy_county_up"]}, "police"),
     E("mixed", "我爸 wants to be the 保证人 for my brother's 取保候审. He's not involved in the case, he has his own house and a pension. But years ago he was 剥夺政治权利 and we're not sure if that is finished now. Can he be the 保证人?",
       "eligibility.guarantor", N, "MPS Art. 69 (3): political rights unrestricted; whether the deprivation has ended is uncertain",
       {"guarantor_not_implicated": True, "guarantor_residence_income": True, U: ["guarantor_rights_unrestricted"]})),
    # 43 exam, eligibility null
    (E("exam", "M, 15, committed a minor theft. It is his first offence, the circumstances are minor, and he shows sincere remorse. He has offered to compensate the victim, but whether an agreement was reached and carried out is unknown. No other circumstance is stated. Should the procuratorate decide not to prosecute M?",
       "eligibility.juvenile_non_prosecution", N, "SPP Juvenile Art. 27: first offence, minor, remorse, but the compensation agreement is unknown; Art. 26 has no listed circumstance",
       {"age_at_offence": 15, "minor_crime": True, "recidivist": False, "repentance": True, "coerced": False, "incomplete_crime": False, "secondary_role": False, "disability": False, "excessive_defence": False, "surrender_or_merit": False, U: ["compensation_settled"]}, "procuratorate"),
     E("exam", "N is suspected of fraud. The evidence that the fraud occurred and that N committed it has been verified, and he may be sentenced to more than three years' fixed-term imprisonment. The parties dispute whether bail pending trial would be sufficient to prevent social danger. Are the conditions for arrest met?",
       "eligibility.arrest", N, "SPP Art. 86, MPS Art. 115: whether bail would be insufficient is disputed, so uncertain",
       {"evidence_of_crime": True, "imprisonment_possible": True, U: ["bail_insufficient"]})),
    # 44 memo, deadline
    (D("memo", "Re: Reconsideration of a decision not to approve arrest. The public security bureau's request for reconsideration, together with the case file, was received by this procuratorate on 26 February 2026. Issue: The date by which the reconsideration decision must be made.",
       "deadline.arrest_reconsideration", {"deadline": "2026-03-05"}, "SPP Art. 105: within seven days of receiving the request and the file; 26 February + 7",
       start=d(2026, 2, 26)),
     D("memo", "Re: Juvenile case transferred for examination and prosecution. The case file of the juvenile suspect was received by this procuratorate on Tuesday, 3 March 2026. Issue: The deadline for informing the victim and the victim's legal representative of the right to entrust an agent ad litem.",
       "deadline.juvenile_inform_victim", {"deadline": "2026-03-06"}, "SPP Juvenile Art. 22: within three days of receiving the case; 3 March + 3",
       start=d(2026, 3, 3))),
    # 45 hearsay, eligibility null
    (E("hearsay", "My friend's brother is out on bail from the police. A guy in our group says he saw the brother chatting with one of the witnesses in a bar, but others say it wasn't him at all. If that's true, can the police go for his arrest for breaking bail?",
       "eligibility.arrest_for_bail_breach", N, "MPS Art. 78: any violation counts, but the meeting with the witness is disputed, so uncertain",
       {U: ["evidence_tampering"]}, "police"),
     E("hearsay", "My colleague's son was taken away by the police without any detention warrant; they found stolen goods in his flat. The police said it was an emergency and there was no time, but my colleague's lawyer says they had been planning the raid for days, so it was no emergency at all. Could the police detain him without the warrant?",
       "eligibility.detention_without_warrant", N, "MPS Art. 106: an Art. 105 ground (evidence at his home), but the emergency is disputed, so uncertain",
       {"evidence_found_on_person": True, U: ["detention_emergency"]}, "police")),
    # 46 learner, null
    (X("learner", "My son was sentence by the court on Monday to 3 years. What is the last day we can appeal to the higher court? I am afraid to miss it.",
       "an appeal against a judgment: the court's appeal period is not in the corpus; no rule computes it"),
     X("learner", "What is the difference between bail and residential surveillance? Which one is more strict for the person?",
       "a definition of two measures; no rule")),
    # 47 mixed, null
    (X("mixed", "监视居住 最长 can last how long? Is there a deadline after which they must end it?",
       "'how long' with no date: retrieval states MPS Art. 103 / SPP Art. 69"),
     X("mixed", "未成年人 from what age 要负刑事责任 in China? My nephew is 15 and the school says he could be in trouble with the police.",
       "the age of criminal responsibility is in the Criminal Law, not in the corpus; no rule")),
    # 48 exam, null
    (X("exam", "The police investigated W but did not ask for his arrest. Reviewing the file in a related case, the procuratorate considers that W should be arrested. May the procuratorate decide on W's arrest directly?",
       "SPP Art. 103 (the procuratorate arresting without the police's request): listed as not implemented"),
     X("exam", "X applies for the withdrawal of the chief procurator of the county procuratorate. Which body decides the application, and who presides?",
       "SPP Art. 23 (who decides a withdrawal): a procedure, not a verdict; no rule")),
    # 49 memo, null
    (X("memo", "Re: Role of the arrest review department. Issue: Whether the procuratorate's department for examination and arrest, when it decides not to approve an arrest, may itself put forward an opinion that bail pending trial be adopted instead.",
       "SPP Art. 92 (the arrest-review department's opinions on bail): listed as not implemented"),
     X("memo", "Re: Computation of the detention period for a suspect of unknown identity. The suspect refuses to disclose his real name and address and cannot be identified. Issue: From what date is the period of detention computed?",
       "MPS Art. 112 (period counted from the day the identity is established): not computed, stated by retrieval; listed as not implemented")),
    # 50 hearsay, null
    (X("hearsay", "My neighbour's son is 14 and saw a stabbing outside school; now the police want to question him as a witness. My neighbour heard a parent must be there. Is that the rule?",
       "SPP Art. 161 (a witness under 18): a safeguard, listed as not implemented"),
     X("hearsay", "My cousin reported a fraud to the police last month and nothing has happened. A friend told her the police have to decide whether to open a case within a fixed number of days. Is there such a deadline?",
       "MPS Art. 162 (filing a case): no time limit and a procedural judgement, listed as not implemented")),
]
# fmt: on

ITEMS = [it for pair in PAIRS for it in pair]


# ---------------------------------------------------------------- the two files' headers
OPEN_LEAD = """\
# Routing round 45 (50 questions), Set J open half, written by a helper session. This file MAY be
# used for tuning the router (patterns, word lists, fact readers, learned examples).
# Its blind sibling is bench/routing_blind/round35.yaml (the other 50 of the same 100), which is
# never used to tune the router."""
BLIND_LEAD = """\
# Blind routing round 35 (50 questions), Set J blind half, written by a helper session for
# measurement only.
# This file is never used to tune the router: no pattern, word list, fact reader, learned example or
# threshold may be changed because of what these items do; only the count lines of a run may be read.
# Its open tuning sibling is tests/rules/routing_round45_setJ.yaml (the other 50 of the same 100)."""
BODY = """\
# Voices (learner 10, mixed 10, exam 10, memo 10, hearsay 10): learner (English as a second
# language: grammar slips, wrong tenses and articles, literal phrasing), mixed (a Chinese speaker
# mixing Chinese characters or pinyin into English: 取保候审 / qubao, 拘留 / juliu, 逮捕, 监视居住 /
# jianshi juzhu, 检察院, 公安 / gongan / 派出所 / paichusuo, 律师, 未成年; some items characters, some
# pinyin, some both), exam (a law student's problem: parties named A, B, C or Zhang San / Li Si, neutral
# facts, then "Is ... ?", "By what date ... ?", sometimes numbered sub-questions of which one is
# asked), memo (a formal memo or brief of a lawyer or official: "Re:", "Facts:", "Issue:", passive
# voice, "the suspect", "the organ handling the case"), hearsay (facts relayed second or third hand:
# "my colleague's son", "someone in my WeChat group"; a detail others dispute counts as uncertain).
# How it was written: 100 questions written by hand, in voice, in one order (pairs of the same voice
# and kind, so the alternation split balances voices and verdicts), then split by alternation: odd
# items to tests/rules/routing_round45_setJ.yaml, even items to bench/routing_blind/round35.yaml.
# Over both halves: 60 eligibility items cover all 39 eligibility rules; 16 deadline items use 16
# different deadline rules, mostly rarely used ones (arrest_reconsideration, conditional_np_complaint,
# forfeiture_review, guarantor_fine_review, sealed_record_inquiry, juvenile_inform_victim,
# overdue_measure_review, custody_recalculation, recusal_reconsideration, no_filing_reasons,
# lawyer_permission, interrogation_arrest, bail_application_reply) and three common ones
# (bail_period, family_notice_detention, supplementary_investigation).
# Written blind: the writer did not open the router or the fact readers (assistant/rules/router_*.py,
# answer.py, asked_as.py, concept*.py, facts_*.py other than facts.py, negation.py, learned_*,
# scan.py, wiring.py, readers*), assistant/answer/, assistant/retrieval/lay/, anything under tests/
# except tests/rules/cases/*.yaml, any routing*.yaml file, bench/routing_blind/*.yaml beyond the first
# 62 lines of round29.yaml, bench/routing_blind/README.md and the other check_round*.py scripts,
# bench/label_check.py, bench/own*.yaml, bench/rules*_fresh.yaml, eval/, time_limits.toml, the git
# history of any of these, or the other helpers' worktrees; and did not run the assistant, the
# router, answer_rule_question, the CLI, the scorers or pytest on these questions. Sources: the
# docstrings and signatures of assistant/rules/elig_*.py, deadline_*.py, deadlines.py,
# timeline_rule.py, conditions.py, conditions_acts.py, verdict.py, model.py, registry.py,
# rulebook.py; the fact fields of facts.py; conditions.toml, conditions_acts.toml;
# docs/rule-coverage.md (implemented and NOT implemented provisions); tests/rules/cases/*.yaml (shape
# of `computed`); the articles in corpus/articles.jsonl (MPS Provisions, SPP Rules, SPP Juvenile
# Provisions, CPL); bench/routing_blind.py (fields read); /work/shared/seeds/README.md; the header of
# round29.yaml (structure and Readings).
# Readings: today is 2026-03-05 (a Thursday) for every item. Dates follow the CPL convention: the
# start day is not counted, N days from day D end at the end of day D+N, hours run from the clock time
# given, months end on the same day number clamped to the month's end. A bare weekday is the most
# recent one before today (Monday = 2 March, Tuesday = 3 March, Sunday = 1 March; "last Friday" =
# 27 February); "last night" is 4 March; "yesterday" is 4 March; "this year" is 2026. `latest`
# appears only where the limit has a lawful extension (none of this set's deadlines has one); hour
# periods are YYYY-MM-DDTHH:MM. The body is the one named or plainly implied (police station,
# officer, bureau, 公安, gongan, 派出所, paichusuo = police; 检察院, procurator, anti-corruption bureau
# of the procuratorate = procuratorate); where none is named the rule's own documented default
# applies, and items whose answer would differ between the bodies name one. Pinyin and characters:
# qubao (houshen) / 取保候审 = bail, jianshi juzhu / 监视居住 / "house arrest" = residential
# surveillance, juliu / 拘留 = criminal detention, daibu / 逮捕 = formal arrest, juyi = criminal
# detention as a penalty, 附条件不起诉 = conditional non-prosecution, 封存 = sealing, 政协委员 /
# zhengxie weiyuan = CPPCC member, 人大代表 = people's congress deputy, 保证人 / baozhengren =
# guarantor, 保证金 / baozhengjin = deposit. A sentence told means the person was prosecuted;
# "nothing else" rules out the other listed circumstances; a fact told as disputed or unknown ("she
# is not sure", "others say it wasn't him", "not yet determined", "the file does not show") is
# uncertain, so cannot tell. A question asking only "how many days" or "how long" with no date is
# null (retrieval); a question asking "by when" about a dated event whose date is not told reaches
# the deadline rule, which must ask for the date.
# Checked: every eligibility and deadline label was worked out by hand from the article and the
# rule's docstring, then checked by calling the pure rule function on facts and dates the writer
# encoded by hand (never on a question's text; bench/routing_blind/check_round35.py): all 76 labels
# of the 100 agree; none was changed.
# Rule behaviour that differs from a plain reading of its article (labels follow the documented
# behaviour): eligibility.guarantor takes MPS Art. 69 (2) "ability to fulfill its warranty
# obligations" as met once the other three conditions are (the uncle item); eligibility.bail and
# arrest_exemption assume, without checking, that arrest would otherwise be due for the pregnancy and
# nursing grounds (MPS Art. 63 (3), SPP Arts. 37 (4)-(5), 90), and bail takes the unraised
# exclusions of MPS Art. 64 / SPP Art. 38 as absent; eligibility.family_notice_exception takes the
# county-level approval of MPS Art. 108 as obtained (the memo item names it); eligibility.detention
# assumes the person is "an active criminal or a major suspect" (MPS Art. 105);
# eligibility.juvenile_probation does not test Art. 59 (2)'s "with little subjective malignancy"
# beside a first-time offender; eligibility.compelled_appearance takes the case's circumstances as
# calling for it and a continuous compelled appearance as absent unless told (MPS Arts. 60, 62);
# eligibility.record_sealing does not infer from a sentence that the person was prosecuted (here
# encoded as prosecuted; the verdict is the same); eligibility.recusal_pending answers "eligible"
# as "the investigation may stop", so a pending request is `false`. No label was found where the
# function is legally wrong."""


def counts(half: list[dict]) -> tuple[int, int, int, int, int, int, int, int]:
    """Per-file counts for the header: eligibility by verdict, deadlines, nulls, distinct rules."""
    elig = [i for i in half if i["rule"] and i["rule"].startswith("eligibility")]
    dead = [i for i in half if i["rule"] and i["rule"].startswith("deadline")]
    nulls = [i for i in half if i["rule"] is None]
    v = [i["computed"]["eligible"] for i in elig]
    kw = sum(any(k in i["q"].lower() for k in NULL_WORDS) for i in nulls)
    rules = len({i["rule"] for i in half if i["rule"]})
    return len(elig), v.count(True), v.count(False), v.count(None), len(dead), len(nulls), kw, rules


NULL_WORDS = ("bail", "detention", "detained", "arrest", "lawyer", "deadline", "last day",
              "monday", "month", "取保", "拘留", "逮捕", "律师", "qubao")  # fmt: skip


def header(lead: str, ne, nt, nf, nn, nd, nx, kw, nr) -> str:
    both = sum(any(k in i["q"].lower() for k in NULL_WORDS) for i in ITEMS if i["rule"] is None)
    mid = (
        f"# Counts: {ne} eligibility ({nt} eligible true, {nf} false, {nn} cannot tell: `computed:"
        f" {{eligible: null}}`,\n# `needs: true`), {nd} deadline (1 without its date: the rule must"
        f" ask, `computed: {{}}`, `needs: true`),\n# {nx} null ({kw} of them name bail, detention,"
        f" arrest, a lawyer, a date or a deadline; {both} of the 24 nulls\n# across both halves)."
        f" {nr} distinct rules here; all 39 eligibility rules appear across the two halves."
    )
    return f"{lead}\n{mid}\n{BODY}\n"


def check() -> tuple[int, int, list[str]]:
    """Run each labelled item's rule function on its hand-encoded inputs."""
    rules = all_rules()
    checked = agree = 0
    problems = []
    for n, it in enumerate(ITEMS, 1):
        if it["rule"] is None:
            continue
        if it["rule"] not in rules:
            problems.append(f"{n}: unknown rule {it['rule']}")
            continue
        res = rules[it["rule"]].func(**it["args"])
        checked += 1
        ok = res.computed == it["computed"] and bool(res.needs) == bool(it["needs"])
        if ok:
            agree += 1
        else:
            problems.append(f"{n} {it['rule']}: expected {it['computed']} needs={it['needs']}, "
                            f"function gives {res.computed} needs={res.needs}")  # fmt: skip
    return checked, agree, problems


def _flow(d: dict) -> str:
    if not d:
        return "{}"
    parts = []
    for k, v in d.items():
        val = (
            "null"
            if v is None
            else ("true" if v is True else ("false" if v is False else f'"{v}"'))
        )
        parts.append(f"{k}: {val}")
    return "{" + ", ".join(parts) + "}"


def render(items: list[dict], header: str) -> str:
    out = [header.rstrip("\n"), ""]
    for it in items:
        out.append(f"# why: {it['why']}")
        out.append(f"- q: {json.dumps(it['q'], ensure_ascii=False)}")
        out.append(f"  rule: {it['rule'] or 'null'}")
        out.append(f"  computed: {_flow(it['computed'])}")
        if it["needs"]:
            out.append("  needs: true")
        out.append(f"  voice: {it['voice']}")
    return "\n".join(out) + "\n"


def main() -> int:
    assert len(PAIRS) == 50 and len(ITEMS) == 100
    for a, b in PAIRS:
        assert a["voice"] == b["voice"], a["q"]
        kind = lambda x: x["rule"].split(".")[0] if x["rule"] else "none"  # noqa: E731
        assert kind(a) == kind(b), a["q"]
    checked, agree, problems = check()
    print(f"labels checked: {checked}; agree with the rule function: {agree}")
    for p in problems:
        print("  DISAGREES", p)
    if "--write" in sys.argv:
        OPEN.write_text(
            render(ITEMS[0::2], header(OPEN_LEAD, *counts(ITEMS[0::2]))), encoding="utf-8"
        )
        BLIND.write_text(
            render(ITEMS[1::2], header(BLIND_LEAD, *counts(ITEMS[1::2]))), encoding="utf-8"
        )
        rules = set(all_rules())
        for path in (OPEN, BLIND):
            rows = yaml.safe_load(path.read_text(encoding="utf-8"))
            assert isinstance(rows, list) and len(rows) == 50, path
            assert all(r["rule"] is None or r["rule"] in rules for r in rows), path
            print(f"wrote {path.relative_to(ROOT)}: {len(rows)} items, parses, rule ids exist")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
