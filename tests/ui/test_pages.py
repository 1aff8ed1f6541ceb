"""AppTest runs of the article browser and case-timeline pages."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from assistant.ui import loader
from tests.ui.conftest import FakeAssistant


def _browser() -> None:
    from assistant.ui import browser_page

    browser_page.render()


def _timeline() -> None:
    from assistant.ui import timeline_page

    timeline_page.render()


def browser(**params: str) -> AppTest:
    at = AppTest.from_function(_browser, default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def article_html(at: AppTest) -> str:
    return " ".join(h.proto.body for h in at.get("html") if "legalqa-article" in h.proto.body)


def test_deep_link_opens_article_with_links_and_backlinks(fake: FakeAssistant) -> None:
    at = browser(law="spp-rules", article="39")
    assert at.selectbox(key="br_law").value == "spp-rules"
    assert at.selectbox(key="br_article").value == "spp-rules:39"
    assert at.subheader[0].value == "SPP Rules (1999) — Article 39"
    body = article_html(at)
    assert '<a href="articles?law=spp-rules&amp;article=37"' in body  # in the corpus: a link
    assert 'class="xref-missing"' in body and "1996 Criminal Procedure Law" in body  # CPL 1996
    labels = [p.proto.label for p in at.get("page_link")]
    assert labels == ["SPP Rules (1999) Art. 37"]  # "Refers to"
    assert at.query_params["article"] == ["39"] or at.query_params["article"] == "39"

    at = browser(law="spp-rules", article="37")
    assert [p.proto.label for p in at.get("page_link")] == [
        "SPP Rules (1999) Art. 39"
    ]  # referred to by
    assert any(m.value == "**Referred to by**" for m in at.markdown)


def test_corpus_text_is_escaped(fake: FakeAssistant) -> None:
    body = article_html(browser(law="spp-rules", article="90"))
    assert "<img" not in body and "<script" not in body
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in body and "[link](javascript:x)" in body


@pytest.mark.parametrize(
    ("params", "warning"),
    [
        ({"law": "spp-rules", "article": "84"}, "Article 84 is not in the corpus"),
        ({"law": "spp-rules", "article": "<script>"}, "not a number"),
        ({"law": "nonsense", "article": "1"}, "Unknown instrument"),
    ],
)
def test_invalid_deep_links_warn(fake: FakeAssistant, params: dict[str, str], warning: str) -> None:
    at = browser(**params)
    assert at.warning and warning in at.warning[0].value
    assert "<script" not in at.warning[0].value
    assert at.selectbox(key="br_article").value is not None  # falls back to the first article


def test_chapter_section_and_search(fake: FakeAssistant) -> None:
    at = browser(law="spp-rules")
    at.selectbox(key="br_chapter").select("Chapter IV Compulsory measures").run()
    at.selectbox(key="br_section").select("Section IV Detention").run()
    options = at.selectbox(key="br_article").options
    assert len(options) == 1 and options[0].startswith("Art. 83 · The period of detention")
    at.text_input(key="br_q").input("bail pending").run()
    hits = [b for b in at.button if b.key and b.key.startswith("hit-")]
    assert [b.label for b in hits] == ["Open Article 37", "Open Article 39"]
    hits[1].click().run()
    assert at.selectbox(key="br_article").value == "spp-rules:39"
    assert "<mark>bail</mark> <mark>pending</mark>" in article_html(at)


def test_switching_instrument_and_explainer_passages(fake: FakeAssistant) -> None:
    at = browser(law="spp-rules", article="83")
    at.selectbox(key="br_law").select("guide").run()
    assert at.selectbox(key="br_article").value == "guide:p1"
    assert at.subheader[0].value == "Guide (2018) — Explainer passage 1"
    assert "article" not in at.query_params


def test_corpus_load_error_is_friendly(
    fake: FakeAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(settings):
        raise FileNotFoundError("corpus/articles.jsonl is missing; run `legalqa corpus build`")

    monkeypatch.setattr(loader, "build_corpus", broken)
    at = browser()
    assert at.error and "could not be loaded" in at.error[0].value


def test_timeline_table_chart_and_articles(fake: FakeAssistant) -> None:
    at = AppTest.from_function(_timeline, default_timeout=30).run()
    assert not at.exception, at.exception
    assert at.selectbox(key="tl_event").options == ["Detained by the police", "Arrested"]
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1 and "Family notified" in charts[0].proto.spec + str(
        charts[0].proto.datasets
    )
    table = at.dataframe[0].value
    assert list(table["What"]) == ["Family notified", "Release or arrest"]
    assert list(table["Source"]) == ["SPP Rules (1999) Art. 83"] * 2
    labels = [e.label for e in at.expander]
    assert len(labels) == 2 and "(+1 day): Family notified" in labels[0]
    assert [p.proto.label for p in at.get("page_link")] == ["Open the article"] * 2


def test_timeline_unavailable_is_friendly(
    fake: FakeAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing():
        raise ImportError("assistant.rules")

    monkeypatch.setattr(loader, "timeline_api", missing)
    at = AppTest.from_function(_timeline, default_timeout=30).run()
    assert at.info and "not available" in at.info[0].value


def test_timeline_with_the_real_rules(fake: FakeAssistant, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page against `assistant.rules` itself (skipped if that package cannot load)."""
    try:
        from assistant.rules import EVENTS, build_timeline
    except ImportError as e:
        pytest.skip(f"assistant.rules unavailable: {e}")
    monkeypatch.setattr(loader, "timeline_api", lambda: (EVENTS, build_timeline))
    at = AppTest.from_function(_timeline, default_timeout=30).run()
    assert not at.exception, at.exception
    for key in list(EVENTS)[:6]:
        at.selectbox(key="tl_event").set_value(key).run()
        assert not at.exception, (key, at.exception)
        if at.dataframe:
            table = at.dataframe[0].value
            assert all(src.split(" Art. ")[0] for src in table["Source"])
            assert len(at.expander) == len(table)
