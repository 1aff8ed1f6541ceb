"""Optional model answers: verified citations pass, anything else falls back."""

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.answer.llm import generate, parse_llm_answer
from assistant.corpus.store import Corpus, load_articles

CORPUS = Corpus(load_articles())
ART = CORPUS.get("spp-rules", 83)
QUOTE = "The period of detention of a criminal suspect by a people's procuratorate shall be 10 days"


def _run(reply: str):
    return generate(FakeListChatModel(responses=[reply]), "how long?", [ART], CORPUS)


def test_verified_answer_is_used():
    got = _run(f'Ten days. "{QUOTE}" [spp-rules:83]')
    assert got is not None
    assert got[1][0].article == 83 and got[1][0].quote == QUOTE


def test_misquote_rejected():
    assert _run('Ninety days. "shall be 90 days" [spp-rules:83]') is None


def test_citation_outside_passages_rejected():
    q = CORPUS.get("spp-rules", 81).text[:40]
    assert _run(f'"{q}" [spp-rules:81]') is None


def test_uncited_claim_rejected():
    assert _run(f'"{QUOTE}" [spp-rules:83] and also see [mps-procedures:107].') is None
    assert _run("Ten days, trust me.") is None


def test_not_covered_and_model_failure_fall_back():
    assert _run("NOT_COVERED") is None

    class Broken:
        def invoke(self, _):
            raise ConnectionError("model server down")

    assert generate(Broken(), "q", [ART], CORPUS) is None


def test_parse_requires_allowed_refs():
    text = f'"{QUOTE}" [spp-rules:83]'
    assert parse_llm_answer(text, CORPUS, {("spp-rules", 83)})
    assert parse_llm_answer(text, CORPUS, {("spp-rules", 84)}) is None
