"""Corpus context levels of words as CRF features (scripts/build_context_stats.py, extract/ner/crf.py)."""

import gzip
import json
import sys
from importlib import resources
from pathlib import Path

import extract.ner.crf as crf
from extract.normalize import normalize_string

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import build_context_stats as build  # noqa: E402

SENTENCES = [
    "قال الرئيس دورانوف إن الاتفاق تم.",
    "والتقى الوزير دورانوف بالسفير.",
    "وأكد محمد دورانوف أن الحوار مستمر.",
    "وصل الوفد إلى زيلابور صباح اليوم.",
    "وفي زيلابور عقد الاجتماع الأول.",
    "وتقع زيلابور قرب الحدود.",
    "وفاز فريق سانتوريا الإسباني أمس.",
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for sentence in SENTENCES:
            handle.write(json.dumps({"text": sentence}, ensure_ascii=False) + "\n")
    return path


def _share(contexts, totals, kind: str, word: str) -> float:
    stem = normalize_string(word)
    return contexts[kind][stem] / totals[stem]


def test_a_name_after_titles_and_given_names_and_a_town_after_prepositions(tmp_path):
    totals, contexts = build.count_contexts(_corpus(tmp_path), None, set())
    assert totals[normalize_string("دورانوف")] == 3
    assert _share(contexts, totals, "t", "دورانوف") == 2 / 3  # الرئيس، الوزير
    assert _share(contexts, totals, "g", "دورانوف") == 1 / 3  # محمد
    assert _share(contexts, totals, "p", "زيلابور") == 2 / 3  # إلى، في
    assert _share(contexts, totals, "t", "زيلابور") == 0
    assert _share(contexts, totals, "q", "محمد") == 0 and _share(contexts, totals, "v", "الرئيس") == 1


def test_a_club_after_a_team_noun_and_before_a_nationality_adjective(tmp_path):
    totals, contexts = build.count_contexts(_corpus(tmp_path), None, set())
    assert _share(contexts, totals, "m", "سانتوريا") == _share(contexts, totals, "a", "سانتوريا") == 1
    assert _share(contexts, totals, "a", "الإسباني") == 0


def test_a_word_led_by_the_preposition_ba_counts_as_after_a_place_preposition(tmp_path):
    totals, contexts = build.count_contexts(_corpus(tmp_path), None, set())
    stem = crf._stems(normalize_string("بالسفير"), "arabic")[-1]
    assert contexts["p"][stem] == totals[stem] == 1


def test_skipped_lines_are_not_counted(tmp_path):
    totals, _ = build.count_contexts(_corpus(tmp_path), None, {1, 2, 3})
    assert totals[normalize_string("دورانوف")] == 0


def test_shares_fall_into_levels():
    assert [build.level(share) for share in (0, 0.01, 0.05, 0.2, 0.6)] == [0, 1, 2, 3, 4]


def test_a_stems_levels_become_one_feature_per_context(monkeypatch):
    monkeypatch.setattr(crf, "word_contexts", lambda: {"دورانوف": "40000103000"})
    assert crf.context_features("دورانوف", "دورانوف")[:2] == ["cxt=4", "cxo=0"]
    assert len(crf.context_features("دورانوف", "دورانوف")) == len(crf.CONTEXT_KINDS)
    assert crf.context_features("الدورانوف", "دورانوف")[0] == "cxt=4"  # read without the article
    assert crf.context_features("زيلابور", "زيلابور") == ["cx=none"]


def test_the_levels_are_features_of_the_word_and_of_its_neighbours(monkeypatch):
    monkeypatch.setattr(crf, "word_contexts", lambda: {"دورانوف": "40000103000"})
    own, before_2, before_1, after_1, after_2 = crf.word_features("دورانوف", "arabic")
    assert "cxt=4" in own and "-1:cxt=4" in before_1 and "1:cxt=4" in after_1
    assert not any("cx" in feature for feature in before_2 + after_2)


def test_the_shipped_context_lookup_is_the_file():
    path = Path(str(resources.files("extract.data").joinpath(crf.CONTEXTS_RESOURCE)))
    rows = crf._read_two_columns(path)
    rows.pop("stem")
    assert all(len(levels) == len(crf.CONTEXT_KINDS) and levels.isdigit() for levels in rows.values())
    sample = [*list(rows)[::991], "كلمةغيرموجودة"]
    assert [crf.word_contexts().get(stem) for stem in sample] == [rows.get(stem) for stem in sample]


def test_lift_levels_compare_a_share_with_the_contexts_overall_rate():
    assert [build.lift_level(share, 0.1) for share in (0, 0.03, 0.1, 0.5, 0.9)] == [0, 1, 2, 3, 4]
