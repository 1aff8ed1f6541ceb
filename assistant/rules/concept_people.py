"""Word classes for the people and groups a fact names: leaders and gangs, accomplices,
kin and parties, officials, carers, witnesses (data; see `concepts`, and `concept_words`
for how a class is written and compared).

Example:
    >>> "ringleader" in PEOPLE["leads"]
    True
"""

from __future__ import annotations

from assistant.rules.concept_words import phrases as _w

PEOPLE: dict[str, tuple[str, ...]] = {
    "leads": _w(
        "boss, head, leader, ringleader, mastermind, kingpin, chief, organiser, organizer,"
        " organised, organized, ran, runs, running, led, leads, in charge, brains, founder,"
        " founded, set up, principal, commander, orchestrated, top man, big boss"
    ),
    "group": _w(
        "gang, group, crew, ring, network, syndicate, band, mob, outfit, operation, organisation,"
        " organization, racket, cartel, triad, scheme, team"
    ),
    "gang": _w(
        "gang, crew, ring, syndicate, criminal group, criminal organisation, criminal"
        " organization, mob, cartel, triad, racket, gang members"
    ),
    "alone": _w(
        "acted alone, on his own, on her own, by himself, by herself, no accomplices, lone"
    ),
    "accomplices": _w(
        "accomplice, co-suspect, co-defendant, co-accused, co-offender, partner in crime,"
        " co-conspirator, co-conspirators, conspirators, fellow suspects,"
        " partners, others involved, other suspects, other members, gang members, associates,"
        " rest of the gang, the others, other people in the same case, others in the same case,"
        " people in the same case, two others, the other two, the other suspects, other men,"
        " other women, three others, the other three"
    ),
    "kin": _w(
        "wife, husband, spouse, married, brother, sister, father, mother, son, daughter,"
        " relative, related, parent, child, stepson, stepdaughter"
    ),
    "party": _w(
        "victim, complainant, accused, suspect, defendant, attacker, assailant, offender,"
        " perpetrator, other side, other party, man who, woman who, person who, guy who,"
        " driver who, one who, people who, claimant, the party, the parties"
    ),
    "acquaintance": _w(
        "friend, classmate, neighbour, neighbor, colleague, ex-wife, ex-husband, girlfriend,"
        " boyfriend, dating, business partner, roommate, drinking buddy, mentor, godfather,"
        " former student, old schoolmate, comrade, cousin, uncle, aunt, nephew, niece, in-law,"
        " in-laws, brother-in-law, sister-in-law, son-in-law, daughter-in-law, father-in-law,"
        " mother-in-law, fiance, fiancee, grandson, granddaughter"
    ),
    "official": _w(
        "investigator, officer, detective, prosecutor, procurator, policeman, policewoman,"
        " judge, official, case handler, interrogator, inspector"
    ),
    "first_person": _w("i, me, myself, i'm, i've, we, guarantor, surety"),
    "carer": _w(
        "we, parents, family, grandparents, grandmother, grandfather, grandma, grandpa, guardian,"
        " relatives, mother, father, mum, mom, dad, aunt, uncle, school, social worker, teacher,"
        " foster"
    ),
    "community": _w(
        "community, neighbourhood, neighborhood, neighbours, neighbors, residents, village,"
        " committee, street office, locals"
    ),
    "witness": _w(
        "witness, witnesses, testify, testified, testimony, her statement, his statement"
    ),
}
