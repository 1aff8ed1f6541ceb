"""The timeline event a question names, by its topics (pure): "timeline after the police
detained him" is the police detention's timeline unless the procuratorate is named."""

from __future__ import annotations

TIMELINE_ANCHORS = ("bail_application", "bail", "surveillance", "detention", "arrest")


def _pick(body: str | None, police: str, procuratorate: str) -> str:
    """The procuratorate's event when it is the body named, else the police's."""
    return procuratorate if body == "procuratorate" else police


def timeline_event(t: frozenset[str], body: str | None) -> str | None:
    """The timeline event key for the topics (police unless the procuratorate is named)."""
    table = (
        ("forfeiture", "deposit_forfeited"),
        ("arrest_not_approved", "arrest_not_approved"),
        ("supplementary", "supplementary_investigation"),
        (
            "bail_application",
            _pick(body, "police_bail_application", "procuratorate_bail_application"),
        ),
        (
            "lawyer_meeting",
            _pick(body, "lawyer_meeting_request", "procuratorate_lawyer_meeting_request"),
        ),
        ("recusal", _pick(body, "police_recusal_rejected", "procuratorate_recusal_rejected")),
        ("no_filing", _pick(body, "police_no_filing_notice", "procuratorate_no_filing_notice")),
        (
            "compelled",
            _pick(body, "police_compelled_appearance", "procuratorate_compelled_appearance"),
        ),
        ("summons", "procuratorate_summons"),
        ("surveillance", _pick(body, "police_surveillance", "procuratorate_surveillance")),
        ("bail", _pick(body, "police_bail", "procuratorate_bail")),
        ("arrest", _pick(body, "arrest", "procuratorate_arrest")),
        ("detention", _pick(body, "police_detention", "procuratorate_detention")),
    )
    if "guarantor" in t and "fine" in t:
        return "guarantor_fined"
    if "non_prosecution" in t:
        return "conditional_non_prosecution" if "conditional" in t else "non_prosecution_decision"
    return next((event for topic, event in table if topic in t), None)
