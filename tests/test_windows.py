"""Long documents run in windows: bounds, shifted offsets, entity items joined across windows."""

from __future__ import annotations

from conftest import assert_offsets

from extract import Pipeline
from extract.windows import window_bounds

PARAGRAPHS = [
    "قال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في قصف على مدينة إدلب.",
    "وأعلنت وزارة الصحة في غزة أن ثلاثة أشخاص أصيبوا في غارة إسرائيلية.",
    "وفي مدينة إدلب أيضا، أفاد ناشطون بسقوط 5 جرحى في انفجار سيارة مفخخة.",
]


def long_text(repeats: int) -> str:
    return "\n\n".join(PARAGRAPHS[index % len(PARAGRAPHS)] for index in range(repeats))


def test_windows_cover_the_text_and_cut_at_paragraph_breaks() -> None:
    text = long_text(40)
    bounds = window_bounds(text, 500)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(bounds, bounds[1:]))
    assert all(end - start <= 500 for start, end in bounds)
    assert all(text[end - 2:end] == "\n\n" for _, end in bounds[:-1])


def test_a_text_without_breaks_is_cut_at_spaces() -> None:
    text = " ".join(["كلمة"] * 1000)
    bounds = window_bounds(text, 300)
    assert all(text[end - 1] == " " for _, end in bounds[:-1])


def test_windowed_record_keeps_offsets_and_joins_entities_across_windows() -> None:
    text = long_text(30)
    whole = Pipeline()(text)
    windowed = Pipeline(window_chars=600)(text)
    assert windowed["status"] == "ok"
    assert assert_offsets(windowed, text) > 50
    idlib = [place for place in windowed["places"] if place["name"] == "إدلب"]
    assert len(idlib) == 1 and len(idlib[0]["mentions"]) == 20  # two per first and third paragraph
    assert sorted(count["value"] for count in windowed["counts"]) == sorted(count["value"] for count in whole["counts"])
    assert len(windowed["quotes"]) == len(whole["quotes"])


def test_short_documents_are_not_windowed() -> None:
    text = long_text(3)
    assert Pipeline(window_chars=100_000)(text) == Pipeline(window_chars=len(text))(text)
