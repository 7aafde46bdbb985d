"""`extract eval --errors` lists quotes found with the wrong speaker."""

import json

from extract.cli import main
from extract.evaluate import Report, format_errors, score_quotes, score_record

GOLD_QUOTE = {"text": "إن القوات تقدمت نحو المدينة", "speaker": ["جون دوريان", "دوريان"], "direct": False}


def test_wrong_speaker_is_described():
    wrong = [{"text": "القوات تقدمت نحو المدينة", "speaker": {"text": "المتحدث"}, "speaker_actor": None}]
    lines: list[str] = []
    score_quotes(wrong, [GOLD_QUOTE], lines)
    (line,) = lines
    assert "القوات تقدمت" in line and "speaker: المتحدث" in line and "gold: جون دوريان / دوريان" in line


def test_right_speaker_and_missed_quote_are_not_wrong_speakers():
    right = [{"text": "القوات تقدمت نحو المدينة", "speaker": {"text": "دوريان"}, "speaker_actor": None}]
    unmatched = [{"text": "كلام آخر تماما", "speaker": {"text": "المتحدث"}, "speaker_actor": None}]
    for predicted in (right, unmatched):
        lines: list[str] = []
        score_quotes(predicted, [GOLD_QUOTE], lines)
        assert lines == []


def test_score_record_files_wrong_speakers_under_their_own_kind():
    report = Report()
    record = {"id": "a", "quotes": [{"text": "القوات تقدمت نحو المدينة", "speaker": None, "speaker_actor": None}]}
    score_record(record, {"id": "a", "quotes": [GOLD_QUOTE]}, report)
    assert [(error.field, error.kind) for error in report.errors] == [("quotes_with_speaker", "wrong_speaker")]
    assert "speaker: None" in format_errors(report)


def test_eval_errors_prints_wrong_speakers(tmp_path, capsys):
    (tmp_path / "one.txt").write_text("قال المتحدث إن القوات تقدمت نحو المدينة.", encoding="utf-8")
    gold = {"id": "one", "quotes": [GOLD_QUOTE]}
    (tmp_path / "one.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--errors"]) == 0
    printed = capsys.readouterr().out
    assert "one\tquotes_with_speaker\twrong_speaker\t" in printed and "speaker: المتحدث" in printed
