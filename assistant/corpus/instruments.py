"""The five law keys: titles, issuing bodies and versions shown with citations."""

from __future__ import annotations

from assistant.types import Instrument

INSTRUMENTS: dict[str, Instrument] = {
    i.key: i
    for i in (
        Instrument(
            "cpl",
            "Criminal Procedure Law of the People's Republic of China",
            "CPL",
            "National People's Congress",
            2018,
            "articles as quoted in two plain-language explainers (2018 numbering)",
        ),
        Instrument(
            "guide",
            "Plain-language explainers (law-firm articles quoting the CPL)",
            "Guide",
            "Shandong Yishan Law Firm (not an official source)",
            2018,
            "explanatory commentary, not law",
        ),
        Instrument(
            "spp-rules",
            "Criminal Procedure Rules of the People's Procuratorate",
            "SPP Rules",
            "Supreme People's Procuratorate",
            1999,
            "Gao Jian Fa Shi [1999] No. 1, in force 18 January 1999 (since replaced)",
        ),
        Instrument(
            "spp-juvenile",
            "Provisions of the People's Procuratorate on Handling Juvenile Criminal Cases",
            "SPP Juvenile Provisions",
            "Supreme People's Procuratorate",
            2013,
            "Chapter III only (Articles 22-66), 2013 text (since revised)",
        ),
        Instrument(
            "mps-procedures",
            "Provisions on Procedures for Handling Criminal Cases by Public Security Organs",
            "MPS Provisions",
            "Ministry of Public Security",
            1998,
            "Ministry of Public Security Decree No. 35 (1998; since replaced)",
        ),
    )
}

# Article ranges the source texts are expected to cover (inclusive).
EXPECTED_RANGES: dict[str, tuple[int, int]] = {
    "spp-rules": (1, 189),
    "spp-juvenile": (22, 66),
    "mps-procedures": (1, 165),
    "cpl": (36, 39),  # only some are quoted; see QUOTED_CPL
}
QUOTED_CPL: tuple[int, ...] = (36, 39, 175, 176, 177)


def instrument(key: str) -> Instrument:
    """Return the instrument for a law key, or raise a clear KeyError."""
    try:
        return INSTRUMENTS[key]
    except KeyError:
        known = ", ".join(sorted(INSTRUMENTS))
        raise KeyError(f"unknown law key {key!r}; known keys: {known}") from None
