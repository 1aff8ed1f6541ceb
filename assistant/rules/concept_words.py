"""Word classes for reading facts as concepts: crimes, acts and records (data; see
`concepts`; people and groups: `concept_people`).

Each class lists phrases, compared word by word as Snowball stems ("owned" = "own"), so a
class names a meaning in its common word forms; irregular forms are listed ("took",
"taken"). Classes are written from the listed conditions' meaning (the quoted article
words and their everyday equivalents), not from particular questions.

Example:
    >>> "account books" in ACTS["records"]
    True
"""

from __future__ import annotations


def phrases(text: str) -> tuple[str, ...]:
    """The comma-separated phrases of a class."""
    return tuple(p.strip() for p in text.split(",") if p.strip())


_w = phrases
ACTS: dict[str, tuple[str, ...]] = {
    # --- crimes and acts
    "violent": _w(
        "violent, violence, robbery, robbed, rob, mugging, mugged, rape, raped, murder, murdered,"
        " killed, kill, homicide, manslaughter, kidnap, kidnapped, abduct, abducted, assault,"
        " assaulted, stab, stabbed, stabbing, knifed, shot, shooting, beat up, beating, battered,"
        " wounded, intentional injury, grievous, armed, punched, broke his jaw, broke her jaw, jaw, fractured skull, broken nose, broke his nose, broken"
        " ribs, with a bottle, with a knife, with a brick, with a hammer, with a bat, with a"
        " cleaver, glassed, beat him, beat her, beat a man, beat a woman, beaten"
    ),
    "crime_act": _w(
        "crime, offence, offense, stole, steal, stealing, theft, robbed, rob, robbery, burgled,"
        " burglary, assaulted, stabbed, scammed, fraud, forged, forging, dealing drugs, sold"
        " drugs, selling drugs, broke into, shoplifted, shoplifting, snatched, mugged, beat"
    ),
    # "he hasn't done anything illegal since": told of conduct, not naming the crime
    "illegal_act": _w(
        "done anything illegal, did anything illegal, done something illegal, did something"
        " illegal, broken the law, broke the law, breaking the law, broken any law, broke any law,"
        " in trouble with the law, committed a crime, committed any crime, committed another crime"
    ),
    "meanwhile": _w(
        "during, while, since, again, then, later, afterwards, since then, meanwhile,"
        " in the meantime, new, another, fresh, further"
    ),
    "earlier": _w(
        "earlier, before the decision, before that decision, before that, prior, previous, older,"
        " another, other, also, had also, undiscovered"
    ),
    "came_out": _w(
        "found out, discovered, came to light, come to light, uncovered, emerged, turned up,"
        " surfaced, learned, learnt, realised, realized, found"
    ),
    "destroy": _w(
        "destroy, destroyed, shred, shredded, delete, deleted, wipe, wiped, burn, burned, burnt,"
        " dump, dumped, throw away, threw away, thrown away, get rid of, got rid of, conceal,"
        " concealed, falsify, falsified, forge, forged, fabricate, fabricated, tamper, tampered,"
        " doctor, doctored, alter, altered, erase, erased, cover up, covered up, hide, hid"
    ),
    "records": _w(
        "evidence, record, records, document, documents, file, files, data, messages, chats,"
        " emails, phone, computer, laptop, hard drive, account books, books, accounts, ledger,"
        " receipts, invoices, footage, tapes, weapon, traces, paperwork, papers, contracts,"
        " anything, something"
    ),
    "collude": _w(
        "collude, colluded, collusion, line up stories, lined up stories, get their stories"
        " straight, get stories straight, align stories, aligned stories, match their stories,"
        " coordinate their stories, agree on a story, coordinated with, coordinate with,"
        " coach witness, coached witness, coached"
        " the witness, bribed a witness, bribe a witness"
    ),
    "tamper": _w(
        "tamper with, tampering with, tampered with, interfere with witnesses, interfere with the"
        " evidence, interfere with the investigation, get rid of evidence"
    ),
    "threaten": _w(
        "threatened, threaten, threatening, intimidated, intimidate, menaced, beat, attacked,"
        " scared, frightened, bullied, warned, regret it, be sorry, or else, pay for it, watch her"
        " back, watch his back, watch out"
    ),
    "flight": _w(
        "fled, flee, fleeing, escape, escaped, ran away, run away, running away, ran off, run off,"
        " absconded, abscond, skipped town, went into hiding, in hiding, hiding out, hid out,"
        " disappeared, vanished, went missing, on the run, tried to kill himself, tried to kill"
        " herself, attempted suicide, got away, get away, getting away, took off, fled abroad,"
        " jumped out of a window, ran from, run from, climbed out, slipped away, slip away,"
        " leave the country, flee the country, fled the country, at the airport, board a plane,"
        " harm myself, harm himself, harm herself, harming myself, harming himself, harming"
        " herself, hurt myself, kill myself, killing myself, killing himself, killing herself,"
        " suicide, thought of running, think of running, thought about running, tried to hide,"
        " try to hide, trying to hide"
    ),
    "cooperating": _w(
        "cooperating, cooperated, cooperative, at home the whole time, stayed at home, shown up"
        " every time, always shown up, always turned up, turns up whenever"
    ),
    "identify": _w(
        "pointed at, pointed to, pointed him out, pointed her out, pointed out, points at,"
        " pointing at, picked him out, picked her out, picked out, identified, recognised,"
        " recognized, singled out, fingered, named him, named her, said he was the one, said it"
        " was him, said it was her, identity parade, identification parade"
    ),
    "saw_it": _w(
        "saw, seen, witnessed, watched, witness, witnesses, eyewitness, victim, bystander,"
        " bystanders, passer-by, passers-by, onlooker, onlookers"
    ),
    "named_him": _w(
        "told the police it was, told police it was, told the officers it was, told officers it"
        " was, said it was, said he was the one, said she was the one, named him, named her,"
        " identified, pointed"
    ),
    "arrived": _w(
        "arrived, came, turned up, showed up, got there, caught, found, walked in, burst in,"
        " grabbed, seized, nabbed, tackled, collared, pulled him, pulled her"
    ),
    "still_there": _w(
        "still inside, still in the, still at the, still there, in the middle of, red-handed,"
        " in the act, at the scene, on the spot, with his hand in, with her hand in, held him"
        " until, held her until, right there, while he was still, while she was still, mid-fight,"
        " during the fight, while it was happening"
    ),
    "refuse": _w(
        "refuses, refused, won't, wouldn't, will not, would not, declined, declines, don't tell,"
        " doesn't tell, didn't tell, not telling, won't give, didn't give, not giving, hides, hid"
    ),
    # "they don't know who is he": the identity unknown to those holding him
    "unknown_who": _w(
        "don't know who, do not know who, doesn't know who, didn't know who, no idea who, can't"
        " tell who, cannot establish who, can't establish who, unable to identify, can't identify,"
        " cannot identify, couldn't identify, identity unknown, identity is unknown"
    ),
    "know_it": _w("know, knows, knew, known, have, has, got, checked, verified, confirmed"),
    "who_he_is": _w(
        "who he is, who she is, his name, her name, his identity, her identity, his address,"
        " her address, real name, where he lives, where she lives, who is he, who is she,"
        " his id, her id, his id card, her id card, his identity card, her identity card"
    ),
    "no_papers": _w(
        "no papers, no id, no identification, no identity card, no documents, without papers,"
        " without id, without any id"
    ),
    "camera": _w("cctv, camera, dna, fingerprint, fingerprints, footage, phone records, video"),
    "found": _w("found, discovered, recovered, seized, turned up, confiscated"),
    "loot": _w(
        "stolen, loot, drugs, weapon, knife, gun, goods, cash, wallet, jewellery, jewelry,"
        " items, property, handbag, laptop"
    ),
    "his_place": _w(
        "on him, on her, in his, in her, at his, at her, pocket, flat, apartment, home, house,"
        " car, bag, room, bed, wardrobe, drawer, garage, locker, desk, shed, basement,"
        " storeroom, office, boot, trunk, backpack, suitcase"
    ),
    # --- record and the notice exceptions
    "prior": _w(
        "before, previously, once, already, earlier, in the past, prior, previous, last time,"
        " years ago, back in"
    ),
    # the case now: "convicted in 2019 ... and now they say he stole AGAIN"
    "again_now": _w("again, once more, this time, re-offended, reoffended, back at it"),
    "convicted": _w(
        "convicted, conviction, sentenced, jailed, imprisoned, prison, jail, served time, did"
        " time, served a sentence"
    ),
    "record": _w(
        "served time, did time, been inside, released from prison, got out of prison, out of"
        " prison, on parole, repeat offender, reoffend, reoffended, recidivist, ex-con,"
        " ex-convict, previous conviction, prior conviction, criminal record, criminal history,"
        " rap sheet, previous convictions, prior convictions"
    ),
    "clean": _w(
        "first offence, first offense, first-time offender, first time offender, first offender,"
        " first crime, never been in trouble, never in trouble, never been arrested, never been"
        " convicted, clean record, clean history, no record, no previous, no prior, no history,"
        " spotless record, first brush with the law, never had so much as, never got so much as,"
        " not had so much as, never broken the law, never broke the law, never done time, never"
        " been inside, never been to prison, never been jailed, never been locked up,"
        " law-abiding, no convictions, no previous convictions, no criminal past"
    ),
    "first_time": _w("first time, first-time"),
    "offence": _w("offence, offense, offender, crime, theft, fraud, case, conviction"),
    "at_large": _w(
        "flee, escape, run, abscond, destroy, hide, tamper, at large, on the run, alert, tip off,"
        " warn, warned, get away, still free, not yet caught, not been caught, still out, cover up"
    ),
    "hinder": _w(
        "hinder, obstruct, impede, disturb, disrupt, affect the, compromise, jeopardise, jeopardize, tip off, alert, interfere,"
        " get in the way of, stand in the way of, harm the, damage the, hamper, undermine"
    ),
    "inquiry": _w("investigation, inquiry, case"),
    "unreachable": _w(
        "cannot reach, can't reach, couldn't reach, could not reach, unable to reach, cannot"
        " contact, can't contact, couldn't contact, could not contact, unable to contact, cannot"
        " find, can't find, couldn't find, could not find, unable to find, cannot locate, can't"
        " locate, couldn't locate, unable to locate, no way to contact, no family, no relatives,"
        " no next of kin"
    ),
}
