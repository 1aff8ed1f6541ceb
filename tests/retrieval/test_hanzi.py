"""Chinese terms, dates, periods and clock times in an English question are written in the
corpus's English; English text passes through untouched."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.retrieval.chatspeak import expand
from assistant.retrieval.hanzi import TERMS, mostly_chinese, translate
from assistant.rules import answer_rule_question


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can he get 取保候审?", "can he get bail pending trial?"),
        (
            "she was put under 指定居所监视居住 by the police last month",
            "she was put under residential surveillance at a designated residence by the police"
            " last month",
        ),
        ("she is in 监视居住 at home now", "she is in residential surveillance at home now"),
        (
            "who decides, the 检察院 or the 公安局 in the city?",
            "who decides, the procuratorate or the public security bureau in the city?",
        ),
        (
            "my brother 被派出所拘留了 after a fight in the street，can he get 取保?",
            "my brother police station detention after a fight in the street, can he get bail?",
        ),
        ("he was taken on 3月2日 by the police", "he was taken on 2 March by the police"),
        (
            "he has been held since 2025年12月31号 without charge",
            "he has been held since 31 December 2025 without charge",
        ),
        (
            "held 15天, probation 6个月, 24小时 later",
            "held 15 days, probation 6 months, 24 hours later",
        ),
        ("my son is only 17岁 and scared", "my son is only 17 years old and scared"),
        (
            "they came at 晚上9点半 on the 3号 and took him away",
            "they came at 21:30 on the the 3rd and took him away",
        ),
        (
            "凌晨2点 he was taken from home by the police",
            "at 02:00 he was taken from home by the police",
        ),
        (
            "he was summoned and arrived 下午3点20分 at the station",
            "he was summoned and arrived at 15:20 at the station",
        ),
        (
            "a minor (未成年人)。 What now, what can we do?",
            "a minor (minor). What now, what can we do?",
        ),
        ("13月 is no month at all in any calendar", "13 is no month at all in any calendar"),
    ],
)
def test_translates(text: str, expected: str) -> None:
    assert translate(text) == expected


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_english_text_is_untouched(text: str) -> None:
    assert translate(text) == text


def test_a_chinese_question_is_left_to_its_own_bridge() -> None:
    text = "我儿子15岁，检察院对他作了附条件不起诉。考验期多长？"
    assert mostly_chinese(text) and translate(text) == text


def test_every_translation_is_plain_english() -> None:
    assert all(v.isascii() and v == v.strip() for v in TERMS.values())


def test_pinyin_single_words() -> None:
    assert expand("lushi says juliu is max 37 days, qubao?") == (
        "lawyer says detention is max 37 days, bail?"
    )


def test_mixed_question_reaches_its_rule() -> None:
    res = answer_rule_question(
        "my wife 怀孕 7 months, 派出所 took her on 3月3日, can she get 取保候审?",
        today=date(2026, 3, 5),
    )
    assert res is not None and res.rule_id == "eligibility.bail"
    assert res.computed == {"eligible": True}


def test_mixed_deadline_reads_the_chinese_date() -> None:
    res = answer_rule_question(
        "检察院 gave my son 附条件不起诉 with 考验期 6个月 from 2025年10月1日, when does it end?",
        today=date(2026, 3, 5),
    )
    assert res is not None and res.rule_id == "deadline.conditional_non_prosecution"
    assert res.computed["deadline"] == "2026-04-01"
