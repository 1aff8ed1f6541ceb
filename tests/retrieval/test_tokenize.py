"""The lexical tokenizer and the query spelling repair."""

from __future__ import annotations

import random

from assistant.retrieval.spelling import MAX_LEN, MIN_LEN, Speller, edits1, one_edit, typo_cost
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


def _candidates_by_all_edits(s: Speller, word: str) -> set[str]:
    """Speller.candidates as first written: every edit generated, kept if a corpus word."""
    return {c for c in edits1(word) & s.vocab if c[0] == word[0]}


def _typo(rng: random.Random, word: str, letters: str = "abcdefghijklmnopqrstuvwxyz") -> str:
    i, op = rng.randrange(len(word) + 1), rng.randrange(5)
    if op == 0:
        return word[:i] + word[i + 1 :]
    if op == 1:
        return word[:i] + rng.choice(letters) + word[i:]
    if op == 2:
        return word[:i] + rng.choice(letters) + word[i + 1 :]
    if op == 3 and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return _typo(rng, _typo(rng, word))  # two edits: usually nothing to repair


def test_one_edit_is_membership_in_edits1() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        word = "".join(rng.choice("abcab") for _ in range(rng.randint(0, 6)))
        other = _typo(rng, word) if rng.random() < 0.8 else word
        assert one_edit(word, other) == (other in edits1(word)), (word, other)


def test_symmetric_deletes_find_what_all_edits_found() -> None:
    """The deletion index gives the candidates the generate-every-edit code gave: the
    same repair or none for typos of corpus words, near-duplicates and doubled letters."""
    words = ("police arrested arrest detention detained detain guarantor guarantee bail "
             "procuratorate procurator prosecutor summons summon lawyer lawyers defence "
             "defense appeal appealed apply applies supervision residential residence").split()  # fmt: skip
    s = Speller.from_texts([" ".join(words)], known=["polite", "cancer"])
    rng = random.Random(11)
    probes = {_typo(rng, rng.choice(words)) for _ in range(4000)} | {"aaaa", "polise", "laywer"}
    for w in probes:
        if MIN_LEN <= len(w) <= MAX_LEN:
            assert s.candidates(w) == _candidates_by_all_edits(s, w), w


def test_long_words_pick_the_cheapest_repair_only_when_it_clearly_wins() -> None:
    s = Speller.from_texts(["the prosecutor prosecuted and prosecutes; prosecutors lower later "
                            "lawyer surveillance hours house"])  # fmt: skip
    assert s.fix("prosecuter") == "prosecutor"  # a vowel for a vowel beats r for d or s
    assert s.fix("prosicuters") == "prosecutors"  # two edits, both vowels
    assert s.fix("survaillance") == "surveillance"
    assert s.fix("lawer") == "lawer"  # short: lower (a vowel) or lawyer (a letter) stays open
    assert s.fix("hous") == "hous"
    assert s.fix("prxsxcutxrs") == "prxsxcutxrs"  # three edits: left alone
    tied = Speller.from_texts(["abcdefgh abcdefgk"])
    assert tied.fix("abcdefgz") == "abcdefgz"  # one edit from each, at equal cost


def test_typo_cost_weights_vowels_and_doubled_letters_half() -> None:
    assert typo_cost("polise", "police") == 1.0
    assert typo_cost("arested", "arrested") == 0.5
    assert typo_cost("prosecuter", "prosecutor") == 0.5
    assert typo_cost("ab", "ba") == 1.0
    assert typo_cost("", "abc") == 3.0


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


def test_remembered_stems_are_the_stemmers() -> None:
    """tokenize's per-word memory gives what one stemmer call over the kept words gives,
    whether a word is seen for the first time or again, and after the memory is cleared."""
    import Stemmer

    from assistant.retrieval import tokenize as tok

    stem = Stemmer.Stemmer("english").stemWords
    rng = random.Random(2)
    words = "The police Centre a I 9 x detained detaining offences judgement 24h b4".split()

    def first_written(text: str) -> list[str]:
        kept = [tok.BRITISH.get(w, w) for w in tok._TOKEN.findall(text.lower())]
        return stem([w for w in kept if w not in tok.STOPWORDS and (len(w) > 1 or w.isdigit())])

    for i in range(300):
        if i == 150:
            tok._STEMS.clear()
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert tokenize(text) == first_written(text), text
