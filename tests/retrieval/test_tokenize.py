"""The lexical tokenizer and the query spelling repair."""

from __future__ import annotations

from assistant.retrieval.spelling import Speller, edits1
from assistant.retrieval.tokenize import lexical_tokens, tokenize


def test_lowercases_stems_drops_stop_words_and_keeps_numbers() -> None:
    assert tokenize("The DETAINED suspects, within 24 hours!") == [
        "detain", "suspect", "within", "24", "hour"
    ]  # fmt: skip
    assert tokenize("What can I do?") == []
    assert tokenize("Article 83(2) of the Rules") == ["articl", "83", "2", "rule"]


def test_british_spellings_meet_the_translations_american_ones() -> None:
    assert tokenize("detention centre licence offence") == tokenize(
        "detention center license offense"
    )


def test_stray_letters_are_dropped_but_digits_kept() -> None:
    assert tokenize("the suspect's 3 d") == ["suspect", "3"]


def test_prefix_truncation_conflates_forms_the_stemmer_keeps_apart() -> None:
    assert tokenize("reconsider") != tokenize("reconsideration")
    assert lexical_tokens("reconsider") == lexical_tokens("reconsideration")
    assert lexical_tokens("recidivist") == lexical_tokens("recidivism")
    assert lexical_tokens("reconsideration", prefix=0) == tokenize("reconsideration")


def test_edits1_covers_the_four_damerau_edits() -> None:
    e = edits1("abc")
    assert {"bc", "bac", "abd", "abxc"} <= e
    assert "abc" not in e or "abc" in e  # the word itself may appear via a no-op swap


def test_speller_repairs_only_unambiguous_unknown_words() -> None:
    s = Speller.from_texts(["the police arrested him for theft"], known=["polite", "cancer"])
    assert s.correct("Polise arested him") == "police arrested him"
    assert s.correct("polite cancer") == "polite cancer"  # known words stay
    assert s.correct("thaft") == "theft"
    assert s.correct("bro") == "bro"  # too short to guess
    assert Speller.from_texts(["male", "sale"]).correct("bale") == "bale"  # ambiguous
    assert Speller.from_texts(["able"]).correct("bale") == "bale"  # first letter differs


def _correct_word_by_word(s: Speller, text: str) -> str:
    """Speller.correct as first written: every word through `fix` in a sub callback."""
    import re

    def repl(m: re.Match[str]) -> str:
        low = m.group(0).lower()
        fixed = s.fix(low)
        return m.group(0) if fixed == low else fixed

    return re.sub(r"[A-Za-z]+", repl, text)


def test_speller_rewrites_exactly_as_word_by_word() -> None:
    import random

    s = Speller.from_texts(["the police arrested him for theft and bail pending trial"],
                           known=["polite"])  # fmt: skip
    rng = random.Random(3)
    words = ["polise", "Polise", "POLISE", "arested", "the", "bale", "Theft", "thfet", "x",
             "polite", "bail,", "trail", "42", "  ", "pending."]  # fmt: skip
    for _ in range(300):
        text = " ".join(rng.choices(words, k=rng.randint(0, 12)))
        assert s.correct(text) == _correct_word_by_word(s, text), text
