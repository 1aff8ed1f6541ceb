"""Chat shorthand is written out before a search, and only where it is unambiguous."""

from __future__ import annotations

import random

import pytest

from assistant.retrieval.chatspeak import (
    _AGE,
    _FORMS,
    _LINK,
    _PINYIN,
    _WORD,
    CHAT,
    PINYIN,
    _link,
    expand,
)
from assistant.retrieval.lay import load_lay


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can u get bail b4 trial", "can you get bail before trial"),
        ("my bro is 15yo, ur honour", "my brother is 15 years old, your honour"),
        ("held 2 hrs w/o a lawyer", "held 2 hours without a lawyer"),
        ("he is 16 y/o", "he is 16 years old"),
        ("Wat now? Pls help", "what now? please help"),
        ("by wen must they tel us", "by when must they tell us"),
        ("hav 2 ask 4 approval", "have to ask for approval"),
        ("got 3 yrs 4 robbery, will it b sealed", "got 3 years for robbery, will it be sealed"),
        ("can he get bale? the persecutor said no", "can he get bail? the prosecutor said no"),
        (
            "Bale was refused, is the jale near the cort?",
            "bail was refused, is the jail near the court?",
        ),
    ],
)
def test_shorthand_is_written_out(text: str, expected: str) -> None:
    assert expand(text) == expected


@pytest.mark.parametrize(
    "text",
    ["U.S. law", "the UR code", "u/s 5", "Article 83 of the SPP Rules", "brown bears", "wenzhou",
     "the burden", "yrsa"],
)  # fmt: skip
def test_words_acronyms_and_longer_words_are_untouched(text: str) -> None:
    assert expand(text) == text


@pytest.mark.parametrize(
    "text",
    ["held 2 days", "at 4 pm", "hire 4 lawyers", "on 2 march", "plan b", "option b is ok",
     "the 2 of them", "Tel: 010 5555", "4 people", "only 2 visits"],
)  # fmt: skip
def test_digits_and_letters_that_count_or_label_stay(text: str) -> None:
    assert expand(text) == text


def test_every_expansion_is_words() -> None:
    assert all(v.replace(" ", "").isalpha() for v in CHAT.values())


def test_shorthand_searches_like_the_written_out_question(real_retriever) -> None:
    pairs = [
        ("can u get bail if ur bro is 15 yrs old", "can you get bail if your brother is 15 years old"),
        ("how long can cops hold sum1 b4 they need approval", "how long can cops hold someone before they need approval"),
    ]  # fmt: skip
    for short, written in pairs:
        got = [(h.law, h.article) for h in real_retriever.search(short, k=5)]
        assert got == [(h.law, h.article) for h in real_retriever.search(written, k=5)]


def _expand_unfiltered(text: str) -> str:
    """`expand` as it was before the cheap pre-checks: every rewrite always scanned."""
    text = _PINYIN.sub(lambda m: PINYIN[m.group(1).lower()], text)
    text = _AGE.sub(r"\1 years old", text)
    text = _WORD.sub(lambda m: _FORMS[m.group(1)], text)
    return _LINK.sub(_link, text)


def test_pre_checks_never_change_the_outcome() -> None:
    """On the lay questions and on random mixes of shorthand, digits, slashes and dots."""
    texts = list(load_lay().texts)
    rng = random.Random(3)
    pieces = [*CHAT, *(k.capitalize() for k in CHAT), "2", "4", "b", "B", "tel", "TEL", "15",
              "15yo", "3 y/o", "7 Y.O.", "12 yrs old", "x/", "/", ".", ".b4", "b4.", "b4.x",
              "w/o", "a.b4", "the", "Police", "hours", "be", "sealed", "us", "\u00e9t\u00e9",
              *PINYIN, "QUBAO HOUSHEN", "Jianshi Juzhu", "RS", "Rs", "CNP"]  # fmt: skip
    for _ in range(3000):
        seps = [" ", " ", "", ",", ".", "/", "-", "  ", "\n"]
        texts.append(
            "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 9)))
        )
    for text in texts:
        assert expand(text) == _expand_unfiltered(text), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("can she get qubao houshen (bail)?", "can she get bail pending trial (bail)?"),
        ("can the police put him in Jianshi Juzhu instead?",
         "can the police put him in residential surveillance instead?"),
        ("the jianchayuan talk about 'fujian buqisu'",
         "the procuratorate talk about 'conditional non-prosecution'"),
        ("Procuratorate put him under RS. Mandatory arrest?",
         "Procuratorate put him under residential surveillance. Mandatory arrest?"),
        ("we paid Rs 5000 and rs 20", "we paid Rs 5000 and rs 20"),  # rupees, not a measure
        ("the qu baohou shen", "the qu baohou shen"),  # no term split differently
    ],
)  # fmt: skip
def test_pinyin_and_capitals_name_the_measures(text: str, want: str) -> None:
    assert expand(text) == want
