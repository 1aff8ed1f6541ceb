"""Word classes for reading facts as concepts: places and requesters (data; see `concepts`).

Where residential surveillance is carried out (MPS Art. 98), who asks for a sealed
juvenile record (SPP Juvenile Art. 64), and a procurator who investigated the case before his
transfer to the procuratorate (SPP Rules Art. 29). Phrases are compared as stems.

Example:
    >>> "detention centre" in PROCEDURE["custody_place"]
    True
"""

from __future__ import annotations

from assistant.rules.concept_words import phrases as _w

PROCEDURE: dict[str, tuple[str, ...]] = {
    "surveillance_words": _w("residential surveillance, house arrest, designated residence"),
    "custody_place": _w(
        "detention centre, detention center, detention house, detention room, detention facility,"
        " police station, cell, jail, prison, lock-up, lockup, police premises, police base,"
        " police office, police building, interrogation room, case-handling area,"
        " administrative detention, police-run, run by the police, under guard, with guards,"
        " guarded room"
    ),
    "own_home": _w(
        "at home, his home, her home, their home, his house, her house, his flat, her flat, his"
        " apartment, her apartment, own home, his residence, her residence, where he lives,"
        " where she lives, our home, our house, our flat, own residence, legal residence, own"
        " house, own flat, own apartment, fixed residence"
    ),
    "sealed": _w("sealed, seal"),
    "private_requester": _w(
        "employer, hire, hiring, recruit, recruiting, job applicant, my company, our company,"
        " i run a, landlord, school, university, journalist, reporter, newspaper, just want to"
        " know, curious, background check, hr department, personnel department, private"
        " individual, company, companies, firm, business, bank, applying to, applying for,"
        " job application, new job, future employer"
    ),
    "judicial_body": _w(
        "court, courts, procuratorate, police, public security, judicial organ, judicial organs,"
        " police body"
    ),
    "wants_it": _w("wants, want, needs, need, requested, requests, asked for, asks for, applied"),
    "per_regulations": _w(
        "in accordance with state regulations, under state regulations, state regulations"
        " require, as state regulations, required by law, the law requires, regulations require"
    ),
    # SPP Rules Art. 29: an investigator of the case transferred to the procuratorate
    "investigated_it": _w(
        "investigated, investigating, investigator, investigators, investigating officer,"
        " investigation, detective, police officer, policeman, policewoman, cop, worked on,"
        " handled the investigation, investigation team"
    ),
    "procurator_role": _w(
        "prosecutor, procurator, procuratorate, prosecution office, prosecuting, prosecutes,"
        " public prosecutor"
    ),
    "moved_over": _w(
        "transferred, transfer, joined, moved to, moved over, switched to, became, has become,"
        " now, former, formerly, used to, previously, before, once, earlier, when he was, when"
        " she was, back when, at the police, from the police, police investigation, at the"
        " public security, psb, anti-corruption bureau"
    ),
    "other_case": _w(
        "different case, another case, other case, other cases, unrelated case, separate case,"
        " not ours, not our case, not this case, not my case, not his case"
    ),
}
