"""Article picking and quoting in the extractive composer (tiny in-memory corpus)."""

from __future__ import annotations

from assistant.answer.compose import Composer
from assistant.answer.verify import all_ok
from assistant.corpus.store import Corpus
from assistant.types import Article, Hit


def _art(law: str, num: int, *paras: str) -> Article:
    return Article(law, num, "", "", tuple(paras), "test", 1, 1)


CORPUS = Corpus(
    [
        _art(
            "mps-procedures",
            81,
            "When the decision on confiscation of the deposit is read, the suspect may apply "
            "for a review by the organ at the next higher level within five days.",
            "The organ at the next higher level shall make a decision within seven days from "
            "the date of receiving the application for review.",
            "The lower-level organ shall implement the revised decision.",
        ),
        _art(
            "mps-procedures",
            82,
            "The deposit shall be confiscated where the suspect violates the provisions on bail "
            "and the deposit, review and decision are recorded.",
        ),
        _art(
            "spp-rules",
            55,
            "The period of bail pending trial decided by the procuratorate shall not exceed "
            "twelve months.",
        ),
        _art(
            "mps-procedures",
            92,
            "The period of bail pending trial decided by the public security organ shall not "
            "exceed twelve months.",
        ),
    ]
)


def _hit(law: str, num: int, score: float, rank: int) -> Hit:
    art = CORPUS.get(law, num)
    assert art is not None
    return Hit(f"{law}:{num}#0", law, num, art.text, score, rank)


def test_clear_winner_is_cited_alone():
    composer = Composer(CORPUS)
    hits = [_hit("mps-procedures", 81, 0.30, 1), _hit("mps-procedures", 82, 0.20, 2)]
    picks = composer.pick("confiscation of the deposit review decision", hits)
    assert [(p.article.law, p.article.article) for p in picks] == [("mps-procedures", 81)]


def test_near_tie_across_bodies_keeps_both():
    composer = Composer(CORPUS)
    hits = [_hit("spp-rules", 55, 0.30, 1), _hit("mps-procedures", 92, 0.29, 2)]
    picks = composer.pick("how long can bail pending trial last", hits)
    assert {p.article.law for p in picks} == {"spp-rules", "mps-procedures"}


def test_a_word_rich_neighbour_does_not_displace_the_top_hit():
    composer = Composer(CORPUS)
    # 82 shares more words with the query, but retrieval ranks 81 well ahead
    hits = [_hit("mps-procedures", 81, 0.30, 1), _hit("mps-procedures", 82, 0.15, 2)]
    picks = composer.pick("deposit confiscated bail review decision recorded", hits)
    assert picks[0].article.article == 81


def test_second_sentence_carries_the_asked_period():
    composer = Composer(CORPUS)
    hits = [_hit("mps-procedures", 81, 0.30, 1)]
    picks = composer.pick("review of the confiscation of the deposit", hits)
    assert "five days" in picks[0].sentence.text
    text, cites = composer.compose("and how fast does the higher level have to decide?", picks)
    assert "within seven days" in text
    assert all_ok(CORPUS, cites)  # every quote is still a verbatim span
    assert {(c.law, c.article) for c in cites} == {("mps-procedures", 81)}


def test_single_sentence_article_is_quoted_once():
    composer = Composer(CORPUS)
    picks = composer.pick("bail period procuratorate", [_hit("spp-rules", 55, 0.3, 1)])
    _, cites = composer.compose("how long is bail?", picks)
    assert len(cites) == 1


def test_neutral_lead_never_quotes_a_list_item_alone():
    corpus = Corpus(
        [
            _art(
                "spp-juvenile",
                65,
                "The sealed records shall be unsealed in any of the following circumstances:",
                "(a) a new crime is committed and the combined sentence exceeds five years;",
                "(b) an omitted crime is found.",
            )
        ]
    )
    composer = Composer(corpus)
    art = corpus.get("spp-juvenile", 65)
    assert art is not None
    hits = [Hit("spp-juvenile:65#0", "spp-juvenile", 65, art.text, 0.3, 1)]
    picks = composer.pick("new crime combined sentence five years", hits)
    assert picks[0].sentence.text.startswith("(a)")  # the item is the best match ...
    text, cites = composer.compose("new crime combined sentence five years", picks)
    lead = text.split("\n\n")[0]
    assert (
        lead
        == "The provision that answers this is [SPP Juvenile Provisions, Art. 65], quoted below."
    )
    assert "(a) a new crime" in text and all_ok(corpus, cites)  # ... and still quoted
