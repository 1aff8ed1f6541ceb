"""AppTest runs of `app.py` with a fake assistant: chat, sources, filters, export, feedback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import ButtonGroup, Feedback

from assistant.settings import Settings
from assistant.ui import export, loader, sidebar
from tests.ui.conftest import XSS, FakeAssistant

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def start() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, text: str) -> AppTest:
    at.chat_input[0].set_value(text).run()
    assert not at.exception, at.exception
    return at


def pills(at: AppTest) -> ButtonGroup[str]:
    widget = at.sidebar.get("button_group")[0]
    assert isinstance(widget, ButtonGroup)
    return widget


def chat_texts(at: AppTest) -> list[tuple[str, str]]:
    return [(m.name, " ".join(md.value for md in m.markdown)) for m in at.chat_message]


def test_empty_chat_shows_three_examples_and_sidebar(fake: FakeAssistant) -> None:
    at = start()
    examples = [b.label for b in at.button if b.key and b.key.startswith("example-")]
    assert len(examples) == 3
    assert any("Rights" in e for e in examples) and any("Deadline" in e for e in examples)
    assert at.sidebar.button[0].label == "New conversation" and at.sidebar.button[0].disabled
    assert any("About the sources" in e.label for e in at.sidebar.expander)
    assert any("not legal advice" in c.value for c in at.sidebar.caption)
    assert not at.sidebar.toggle  # no language model configured


def test_ask_renders_answer_route_and_citation_card(fake: FakeAssistant) -> None:
    at = ask(start(), "How long is detention by the procuratorate?")
    assert fake.calls == [
        {"question": "How long is detention by the procuratorate?", "history": (), "laws": None}
    ]
    roles = [name for name, _ in chat_texts(at)]
    assert roles == ["user", "assistant"]
    assert "**10 days**" in chat_texts(at)[1][1]
    assert any("Looked up directly" in c.value for c in at.chat_message[1].caption)
    cards = [e for e in at.expander if e.label == "SPP Rules (1999) Art. 83"]
    assert len(cards) == 1
    card_html = " ".join(h.proto.body for h in cards[0].get("html"))
    assert "<mark>shall be 10 days</mark>" in card_html
    assert any("Gao Jian Fa Shi \\[1999\\] No. 1" in c.value for c in cards[0].caption)
    assert any("Section IV Detention" in c.value for c in cards[0].caption)
    assert not [b for b in at.button if b.key and b.key.startswith("example-")]


def test_follow_up_passes_history(fake: FakeAssistant) -> None:
    at = ask(start(), "How long is detention?")
    ask(at, "What about the deadline?")
    assert fake.calls[1]["history"] == (
        ("user", "How long is detention?"),
        ("assistant", "A procuratorate may hold a suspect for **10 days** [1]."),
    )
    assert len(at.chat_message) == 4
    steps = [e for e in at.expander if e.label == "How this was calculated"]
    assert steps and "\\+ 24 hours" in steps[0].markdown[0].value
    card = next(e for e in at.expander if e.label == "SPP Rules (1999) Art. 83 · 2 passages quoted")
    body = " ".join(h.proto.body for h in card.get("html"))
    assert "<mark>10 days</mark>" in body and "<mark>extended by one to four days</mark>" in body


def test_example_button_asks_it(fake: FakeAssistant) -> None:
    at = start()
    next(b for b in at.button if b.key == "example-Look up").click().run()
    assert fake.calls[0]["question"] == "What does Article 83 of the SPP Rules say?"
    assert len(at.chat_message) == 2


def test_new_conversation_clears_history(fake: FakeAssistant) -> None:
    at = ask(start(), "How long is detention?")
    at.sidebar.button[0].click().run()
    assert not at.chat_message
    ask(at, "detention again")
    assert fake.calls[-1]["history"] == ()


def test_instrument_filter_is_passed_through(fake: FakeAssistant) -> None:
    at = start()
    pills(at).set_value(["spp-rules", "mps-procedures"]).run()
    ask(at, "detention?")
    assert fake.calls[-1]["laws"] == ["spp-rules", "mps-procedures"]
    pills(at).set_value([]).run()
    ask(at, "detention?")
    assert fake.calls[-1]["laws"] is None


def test_user_text_is_escaped(fake: FakeAssistant) -> None:
    at = ask(start(), f"Is this safe? {XSS} *not bold*")
    user_md = at.chat_message[0].markdown[0].value
    assert "<img" not in user_md and "&lt;img" in user_md and "\\*not bold\\*" in user_md
    answer_md = at.chat_message[1].markdown[0].value
    assert "<script" not in answer_md and "&lt;script&gt;" in answer_md


def test_export_contains_the_conversation(
    fake: FakeAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: dict[str, str] = {}

    def spy(name, real):
        def wrapper(turns, *a, **k):
            made[name] = real(turns, *a, **k)
            return made[name]

        return wrapper

    monkeypatch.setattr(sidebar, "to_markdown", spy("md", export.to_markdown))
    monkeypatch.setattr(sidebar, "to_json", spy("json", export.to_json))
    at = start()
    assert all(b.proto.disabled for b in at.get("download_button"))
    ask(at, "How long is detention?")
    assert not any(b.proto.disabled for b in at.get("download_button"))
    assert "## Question 1" in made["md"] and "How long is detention?" in made["md"]
    assert "SPP Rules (1999) Art. 83" in made["md"] and "> shall be 10 days" in made["md"]
    doc = json.loads(made["json"])
    assert doc["turns"][1]["citations"][0]["article"] == 83


def test_feedback_thumbs_and_comment_are_written(fake: FakeAssistant, tmp_path: Path) -> None:
    path = tmp_path / "feedback.jsonl"
    at = ask(start(), "How long is detention?")
    assert not path.exists()  # nothing is written until the user acts
    thumbs = at.get("feedback")[0]
    assert isinstance(thumbs, Feedback)
    thumbs.set_value(0).run()
    first = [json.loads(x) for x in path.read_text().splitlines()]
    assert len(first) == 1 and first[0]["rating"] == "down"
    assert first[0]["question"] == "How long is detention?"
    assert first[0]["citations"] == [
        {"law": "spp-rules", "article": 83, "quote": "shall be 10 days"}
    ]
    at.text_input(key=f"fbc-{first[0]['id']}").input("Wrong <b>article</b>")
    at.button(key=f"FormSubmitter:fbform-{first[0]['id']}-Send comment").click().run()
    records = [json.loads(x) for x in path.read_text().splitlines()]
    assert len(records) == 2
    assert records[1] | {"at": None} == first[0] | {"at": None, "comment": "Wrong <b>article</b>"}
    assert any("Comment saved" in c.value for c in at.caption)


def test_ask_error_is_a_friendly_message(fake: FakeAssistant) -> None:
    fake.fail = True
    at = ask(start(), "How long is detention?")
    errors = [e.value for e in at.chat_message[1].error]
    assert errors and errors[0].startswith("Sorry, something went wrong")
    assert "exploded" not in errors[0]
    fake.fail = False
    ask(at, "detention, second try")
    assert fake.calls[-1]["history"] == ()  # the failed exchange is not sent as context


def test_load_error_is_a_friendly_message(
    fake: FakeAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(settings):
        raise FileNotFoundError("index/manifest.json is missing")

    monkeypatch.setattr(loader, "build_assistant", broken)
    at = start()
    assert at.error and "could not start" in at.error[0].value
    assert at.chat_input[0].disabled


def test_language_model_toggle(fake: FakeAssistant, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    monkeypatch.setenv("LEGALQA_LLM", "ollama:llama3.1")

    def build(settings: Settings) -> FakeAssistant:
        seen.append(settings.llm)
        return fake

    monkeypatch.setattr(loader, "build_assistant", build)
    at = start()
    assert at.sidebar.toggle[0].value is True and "ollama:llama3.1" in at.sidebar.toggle[0].label
    at.sidebar.toggle[0].set_value(False).run()
    assert seen == ["ollama:llama3.1", ""]


def test_root_deep_link_opens_the_article_browser(fake: FakeAssistant) -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["law"] = "spp-rules"
    at.query_params["article"] = "39"
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Article browser"
    assert at.selectbox(key="br_article").value == "spp-rules:39"
