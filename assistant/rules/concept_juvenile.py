"""Word classes for reading facts as concepts: the juvenile provisions' circumstances (data;
see `concepts`).

Remorse, clear facts, guardianship, the community's view, settlement, and the mitigating
circumstances of SPP Juvenile Provisions Arts. 24, 26, 29 and 59. Phrases are compared as
stems.

Example:
    >>> "turned himself in" in JUVENILE["surrender"]
    True
"""

from __future__ import annotations

from assistant.rules.concept_words import phrases as _w

JUVENILE: dict[str, tuple[str, ...]] = {
    "remorse": _w(
        "repent, repents, repented, repentance, remorse, remorseful, sorry, regret, regrets,"
        " regretted, apologised, apologized, apologise, apologize, apology, ashamed, confessed,"
        " pleaded guilty, admitted, owned up, contrite, learned his lesson, learnt his lesson,"
        " learned her lesson, guilty plea, feels terrible, feels bad"
    ),
    "facts": _w("facts, evidence, case, proof"),
    "clear": _w(
        "clear, sufficient, solid, strong, conclusive, overwhelming, watertight, airtight,"
        " established, undisputed, proven, ascertained, basically clear"
    ),
    "care": _w(
        "supervise, supervision, look after, take care of, watch over, keep an eye, guide,"
        " care for, live with, look out for, raise, monitor, discipline"
    ),
    "fine_with": _w(
        "no objection, no objections, supports, support, supportive, agrees, agreed, welcomes,"
        " happy to, won't hurt, will not hurt, won't harm, no harm, no adverse, no bad effect,"
        " no negative, no real effect, no significant effect, no effect, no impact, not be affected, won't be affected, no problem with, willing to accept,"
        " will accept, no problems, no problem, no trouble, causes no, cause no, fine with, okay"
        " with, ok with"
    ),
    "settled": _w(
        "settled, settlement, forgave, forgiven, accepted the apology, accepted his apology,"
        " accepted her apology, accepted compensation, compensated, paid compensation,"
        " reconciled, understanding letter, made peace, was at fault, provoked him, provoked her,"
        " provoked the, started it, to blame, forgiving him, forgiving her, forgive him, forgive"
        " her, letter of forgiveness, forgiveness letter, letter of understanding"
    ),
    "small": _w(
        "minor, petty, small, trivial, slight, relatively minor, low-value, not serious, nothing"
        " serious"
    ),
    "matter": _w("crime, offence, offense, theft, case, circumstances, matter, incident, amount"),
    "coerced": _w(
        "forced him, forced her, forced into, coerced, pressured into, pressured him, pressured"
        " her, made him do, made her do, bullied into, under duress, compelled, threatened into,"
        " threatened him, threatened her, threatened to beat, threatened to hurt, under threat,"
        " or else they would, or they would beat"
    ),
    "unfinished": _w(
        "attempted, gave up, stopped halfway, did not succeed, didn't succeed, only planned, only"
        " prepared, abandoned the, changed his mind, changed her mind, before he could, before"
        " she could, tried to steal, try to steal, tried to rob, try to rob, tried to take, stopped"
        " before, caught before, before taking anything, took nothing, nothing was taken,"
        " didn't get anything"
    ),
    "helper": _w(
        "lookout, look-out, kept watch, stood guard, getaway driver, only helped, just helped,"
        " minor role, secondary role, auxiliary, just followed, only followed, follower, keep"
        " watch, keeping watch, keep a lookout, keep lookout, stood watch, stand watch, standing"
        " watch, kept a lookout, kept lookout, acted as lookout, stood lookout, kept guard"
    ),
    "disabled": _w(
        "deaf, mute, dumb, blind, hearing impaired, visually impaired, cannot hear, cannot speak,"
        " cannot see, sign language"
    ),
    "defence": _w(
        "self-defence, self defence, self-defense, self defense, defending himself, defending"
        " herself, protecting himself, protecting herself, fought back, fighting back, necessity"
    ),
    "surrender": _w(
        "surrendered, turned himself in, turned herself in, gave himself up, gave herself up,"
        " handed himself in, handed herself in, meritorious, helped the police catch"
    ),
}
