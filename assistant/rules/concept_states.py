"""Word classes for reading facts as concepts: states and circumstances (data; see `concepts`).

Health, custody time limits, evidence, danger, guarantors' circumstances,
and repetition (the juvenile provisions' circumstances: `concept_juvenile`). Phrases are compared as stems.

Example:
    >>> "dialysis" in STATES["grave_illness"]
    True
"""

from __future__ import annotations

from assistant.rules.concept_words import phrases as _w

STATES: dict[str, tuple[str, ...]] = {
    # --- health and family
    "grave_illness": _w(
        "cancer, tumour, tumor, chemotherapy, chemo, dialysis, leukaemia, leukemia, stroke,"
        " open-heart surgery, heart surgery, brain surgery, major surgery, bypass surgery,"
        " hardly walk, hardly stand, barely walk, barely stand, cannot walk, can't walk,"
        " cannot stand, can't stand up, unable to walk,"
        " paralysed, paralyzed, wheelchair, bedridden, heart attack, heart failure, heart disease,"
        " heart condition, kidney failure, renal failure, renal disease, kidney disease, liver"
        " failure, cirrhosis, hiv, aids, tuberculosis, intensive care, icu, terminal, terminally,"
        " organ failure, critically ill, seriously ill, gravely ill, very ill, very sick,"
        " seriously sick, severe illness, serious illness, serious disease, life-threatening,"
        " been hospitalised, was hospitalised, is hospitalised, been hospitalized, was hospitalized,"
        " is hospitalized, in hospital, transplant, multiple sclerosis, parkinson's,"
        " dementia, schizophrenia, epilepsy, end-stage, late-stage"
    ),
    "mild": _w("mild, minor, slight, a bit of, manageable, under control, a touch of"),
    "ailment": _w(
        "asthma, diabetes, flu, cold, cough, blood pressure, back pain, allergy, allergies,"
        " headache, condition, illness, problem, infection"
    ),
    "feeding": _w("feeding, feeds, feed, fed, nursing"),
    "infant": _w("baby, newborn, infant, the child herself, him herself, her herself"),
    "bottle": _w("bottle, formula"),
    "pregnancy": _w(
        "pregnant, pregnancy, expecting a baby, expecting a child, expecting twins, months along,"
        " weeks along, with child, baby is due, due to give birth, carrying a child, carrying a"
        " baby, carrying his child, carrying their child, carrying our child, expectant mother,"
        " mother-to-be, trimester, she's expecting, she is expecting, wife is expecting"
    ),
    # --- penalties, time limits, evidence, danger
    "time_limit": _w(
        "time limit, deadline, custody period, detention period, period of detention, period of"
        " custody, statutory period, statutory time, legal time, legal limit, time allowed,"
        " allotted time, legal period, maximum period, permitted time, time limits"
    ),
    "runs_out": _w(
        "ran out, run out, running out, runs out, expired, expire, expires, expiring, is up, was"
        " up, has passed, elapsed, lapsed, exceeded, used up, cannot finish, can't finish,"
        " couldn't finish, could not finish, unable to finish, cannot complete, can't complete,"
        " cannot close, can't close, cannot conclude, unable to complete, unable to close,"
        " won't finish, will not finish, not enough time, need more time, not be able to finish,"
        " won't be able to finish, not able to finish, cannot wrap up, can't wrap up"
    ),
    "out_of_time": _w("out of time, ran out of time, running out of time, time is up"),
    "hard_evidence": _w(
        "cctv footage, video footage, security footage, camera footage, caught on camera, caught"
        " on cctv, caught on video, on camera, filmed him, filmed her, his fingerprints, her"
        " fingerprints, dna match, his dna, her dna, caught red-handed, caught in the act,"
        " his confession, her confession, cctv, footage of, video of, recording of, photos of, pictures of, fingerprints on, fingerprint on, fingerprints were found, dna was found,"
        " witness statement, witness statements, eyewitness account, have proof, has proof, got"
        " proof, found proof, proof that he, proof that she, proof from his, proof from her,"
        " camera filmed, filmed it, filmed the whole, filmed everything, saw everything, saw it"
        " all, saw the whole thing, saw him do it, saw her do it"
    ),
    "evidence": _w(
        "evidence, proof, footage, cctv, video, recording, fingerprints, dna, photos, eyewitness"
    ),
    "solid": _w(
        "strong, clear, solid, overwhelming, conclusive, plenty, enough, sufficient, hard, real,"
        " concrete, actual, direct, verified, undeniable, shows, showing, proves, proving, tying,"
        " linking, against him, against her, of him, of her, good, pretty good, compelling,"
        " damning"
    ),
    "weak": _w(
        "insufficient, not enough, weak, thin, lacking, falls short, doesn't meet, does not meet,"
        " flimsy, too little, not sufficient, short of"
    ),
    "danger": _w(
        "danger, dangerous, threat, threaten, risk, harm, hurt, hurting, attack, menace,"
        " endanger, go after, come after, retaliate, take revenge, revenge, harass, intimidate"
    ),
    "people": _w(
        "society, public, others, people, community, anyone, anybody, neighbours, neighbors,"
        " residents, children, witness, witnesses, victim, victims, family, ex-wife,"
        " ex-girlfriend, wife, girlfriend"
    ),
    "reoffend": _w(
        "commit more, reoffend, re-offend, offend again, do it again, commit further, strike"
        " again, more robberies, more crimes, more thefts, another crime"
    ),
    "at_liberty": _w("free, released, release, out, outside, bail, let go, at liberty"),
    "put_at": _w("put, puts, putting, place, places, leave, leaves, expose, exposes"),
    "at_risk": _w("in danger, at risk, in harm's way, in jeopardy"),
    "not_stop": _w(
        "not stop, wouldn't stop, won't stop, can't stop, cannot stop, could not stop, couldn't"
        " stop, not prevent, wouldn't prevent, won't prevent, can't"
        " prevent, cannot prevent, not enough, insufficient, not sufficient, no good, not be"
        " sufficient, not be enough, not be adequate, wouldn't be enough, wouldn't be sufficient"
    ),
    "release": _w(
        "bail, release, releasing, released, surveillance, house arrest, letting him out, let him"
        " out, letting her out, let her out"
    ),
    "served": _w("served, did"),
    "term": _w("years, year, yrs, yr, months, mos, sentence, time, term, stretch"),
    "lack_money": _w(
        "no money, no savings, can't afford, cannot afford, unable to afford, too poor, can't"
        " pay, cannot pay, couldn't pay, could not pay, not enough money, can't raise, cannot"
        " raise, no cash, cannot put up, can't put up, couldn't put up, unable to put up"
    ),
    "deposit": _w("deposit, bond, bail money, security deposit, guarantee money, the money"),
    "egregious": _w(
        "egregious, heinous, atrocious, extremely serious, particularly serious, especially"
        " serious, exceptionally serious, monstrous"
    ),
    # --- guarantors
    "involved": _w(
        "involved, implicated, part of, took part, taken part, participated, a suspect, an"
        " accomplice, accused, investigated, looked at, questioned, charged, in on it"
    ),
    # the police's view of someone's part ("the police think he was in on it")
    "suspect_view": _w("think, thinks, suspect, suspects, believe, believes, say, says, reckon"),
    "complicit": _w(
        "in on it, in on the, in cahoots, mixed up in it, an accomplice, helped him do"
    ),
    "the_case": _w("case, crime, theft, robbery, fraud, it, this, offence, offense"),
    "uninvolved": _w(
        "nothing to do with, nothing whatsoever to do with, nothing whatever to do with, nothing at all"
        " to do with, no connection to, no connection with, not connected to, not"
        " connected with, no part in, not part of, no involvement, uninvolved, unconnected, no"
        " link, no links, not linked, no role in"
    ),
    "political_rights": _w(
        "political rights, his rights, her rights, my rights, civil rights, any rights, any of"
        " her rights, any of his rights"
    ),
    "loss": _w(
        "taken away, took away, taken, took, deprived, stripped, lost, removed, revoked,"
        " suspended, deprivation, restricted"
    ),
    "restrained": _w(
        "serving a sentence, serving time, serving my sentence, in prison, in jail, on parole,"
        " on probation, under public surveillance, sentence of public surveillance, under"
        " residential surveillance, on bail myself, under house arrest, i'm on bail, i am on"
        " bail, i'm currently on bail, i am currently on bail, i'm out on bail"
    ),
    "freedom": _w("freedom, liberty"),
    "curbed": _w("restricted, restrict, limited, curtailed, deprived"),
    "home": _w(
        "own a, own an, own my, own our, own the, homeowner, fixed address, fixed residence,"
        " permanent address, permanent residence, rent a, rent my, rent an, rented, renting,"
        " household registration, hukou, registered residence, have lived in, has lived in,"
        " live in my, live in our, my flat, my house, my apartment, my home, an apartment, a flat,"
        " own flat, own apartment, own house, owns a, owns an, owns the, owns his, owns her,"
        " owns their, owns my"
    ),
    "income": _w(
        "salary, income, wage, wages, pension, job, employed, employer, earn, earns, earning,"
        " work at, works at, work for, works for, full-time, self-employed, run a business,"
        " run a shop, own a business, steady pay, regular pay, monthly pay, paid job, steady job,"
        " regular job"
    ),
    "infirm": _w(
        "bedridden, bed-bound, care home, nursing home, cannot walk, can't walk, dementia,"
        " too frail, very frail, housebound, in hospital long-term, on a ventilator"
    ),
    "able": _w("able to, capable of, in a position to, fit to, healthy enough, can, will, could"),
    "supervise": _w(
        "supervise, keep an eye, watch, make sure, ensure, guarantee, fulfil, fulfill, perform,"
        " look after, monitor, report"
    ),
    # --- officials' interests and gifts
    "stake": _w(
        "shares, stake, investment, invested, owns, business, financial, loan, lent, borrowed,"
        " debt, owes, profit, stands to gain"
    ),
    "gift": _w(
        "gift, gifts, present, presents, money, cash, red envelope, red packet, hongbao, bribe,"
        " bribes, dinner, dinners, meal, meals, banquet, lunch, drinks, trip, holiday, vacation,"
        " karaoke, hospitality, treat, treated, invitation, invited, wine, cigarettes, voucher,"
        " shopping card, entertained"
    ),
    "giver": _w(
        "paid for by, from the, from his, from her, from their, given by, offered by, other side,"
        " other party, suspect, defendant, accused, victim, complainant, family of, lawyer for,"
        " either side, both sides, anyone involved, anybody involved, either party"
    ),
    "prior_role": _w(
        "witness, testified, gave evidence, gave a statement, expert, appraiser, defender,"
        " defence lawyer, defense lawyer, lawyer, attorney, agent, representative, counsel"
    ),
    "before": _w(
        "earlier, before, previously, used to, formerly, once, had been, had served, had acted,"
        " years ago, last year"
    ),
    # --- repetition and consequences
    "repeat": _w(
        "twice, two times, three times, several times, many times, multiple times, repeatedly,"
        " again and again, more than once, second time, third time, again, on two occasions,"
        " on several occasions, a number of times, separate times, three separate, two separate,"
        " two of, three of, both of, all of, two occasions, three occasions, four occasions"
    ),
    "once": _w(
        "once, one time, only time, first time, single, one-off, one check-in, one meeting,"
        " one appointment, one report, a check-in, an appointment"
    ),
    "serious": _w("serious consequences, seriously, badly, serious harm, serious damage"),
    # "nothing came of it": a breach told as harmless (no serious consequences)
    "harmless": _w(
        "nothing came of it, nothing came of that, no harm done, no harm came of it, no real harm,"
        " caused no harm, no consequences, without consequences, no damage done, nothing happened"
        " because of it"
    ),
    # evidence told as weak ("they've got nothing solid", "it's all hearsay")
    "weak_case": _w(
        "nothing solid, nothing concrete, nothing on him, nothing on her, flimsy, unverified,"
        " nothing verified, nothing has been verified, nothing has been checked, none of it has"
        " been checked, none of it verified, hearsay, just a guess, only a guess, just a rumour,"
        " just rumours, only rumours, evidence is thin, thin evidence, weak evidence, evidence is"
        " weak"
    ),
    "guarantee": _w("guarantor, surety, vouch, guarantee"),
    "on_probation": _w("probation, conditional"),
}
