"""Component settings, the NER backend table, and the order checks made when a pipeline is built."""

import pytest

from extract import Component, Pipeline, PipelineError
from extract.cli import build_parser, main
from extract.document import Document
from extract.ner import _BUILDERS, make_ner
from extract.ner.registry import NER_BACKENDS, backends_help, spacy_model_path
from extract.ner.base import BackendUnavailable

TEXT = "قال المتحدث باسم الجيش إن القوات دخلت مدينة الموصل أمس، واستخدم غاز السارين."


def test_settings_reach_the_component_they_name():
    nlp = Pipeline(settings={"ner": {"backend": "lexicon"}, "dates": {"published": "2024-05-01"}})
    by_name = {component.name: component for component in nlp.components}
    assert by_name["ner"].settings["backend"] == "lexicon"
    assert by_name["dates"].settings == {"published": "2024-05-01"}
    assert by_name["normalize"].settings == {"repair_glued": True}  # the config's own settings stay


def test_the_ner_shorthand_is_the_same_as_its_settings():
    assert Pipeline(ner="lexicon")(TEXT) == Pipeline(settings={"ner": {"backend": "lexicon"}})(TEXT)


def test_settings_for_a_component_not_in_the_pipeline_are_an_error():
    with pytest.raises(PipelineError, match="'quotess', which is not in the pipeline"):
        Pipeline(settings={"quotess": {}})
    with pytest.raises(PipelineError, match="'ner', which is not in the pipeline"):
        Pipeline(components=["normalize", "tokenize"], ner="lexicon")


def test_a_setting_the_component_does_not_take_is_an_error():
    with pytest.raises(ValueError, match="component 'quotes' has no setting 'speaker'; it takes no settings"):
        Pipeline(settings={"quotes": {"speaker": True}})
    with pytest.raises(ValueError, match="'repair'; its settings: repair_glued"):
        Pipeline(components=[{"name": "normalize", "repair": False}, "tokenize"])
    with pytest.raises(PipelineError, match="must be a dict"):
        Pipeline(settings={"ner": "lexicon"})


def test_a_backend_setting_the_backend_does_not_read_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="the lexicon NER backend takes no stanza_dir setting"):
        Pipeline(ner="lexicon", stanza_dir=str(tmp_path))


def test_counts_before_agents_is_an_error_that_names_both():
    components = ["normalize", "tokenize", "ner", "counts", "agents"]
    with pytest.raises(PipelineError, match="'counts' reads agents, which 'agents' provides after it: "
                                            "put 'agents' before 'counts'"):
        Pipeline(components=components)
    nlp = Pipeline(components=["normalize", "tokenize", "ner", "agents", "counts"])
    assert nlp.pipe_names[-2:] == ["agents", "counts"]
    assert Pipeline(components=["normalize", "tokenize", "ner", "counts"]).pipe_names[-1] == "counts"


def test_adding_a_component_after_one_that_reads_it_is_refused_and_undone():
    nlp = Pipeline(components=["normalize", "tokenize", "ner", "counts"])
    with pytest.raises(PipelineError, match="put 'agents' before 'counts'"):
        nlp.add_pipe("agents")
    assert nlp.pipe_names == ["normalize", "tokenize", "ner", "counts"]
    nlp.add_pipe("agents", before="counts")
    assert nlp.pipe_names == ["normalize", "tokenize", "ner", "agents", "counts"]


def test_a_missing_requirement_names_the_component_and_what_it_lacks():
    with pytest.raises(PipelineError, match="'quotes' requires actors, which no earlier component provides"):
        Pipeline(components=["normalize", "tokenize", "ner", "quotes"])


def test_duplicate_component_names_are_an_error():
    with pytest.raises(PipelineError, match="two components are named 'places'"):
        Pipeline(components=["normalize", "tokenize", "ner", "places", "places"])

    def mark(doc: Document) -> Document:
        return doc

    nlp = Pipeline(components=["normalize", "tokenize"])
    with pytest.raises(PipelineError, match="two components are named 'tokenize'"):
        nlp.add_pipe(Component("tokenize", mark))
    assert nlp.pipe_names == ["normalize", "tokenize"]


def test_every_backend_in_the_table_has_a_builder_and_the_cli_offers_exactly_those():
    assert list(_BUILDERS) == list(NER_BACKENDS)
    parser = build_parser()
    run = next(action for action in parser._subparsers._group_actions[0].choices["run"]._actions
               if "--ner" in action.option_strings)
    assert list(run.choices) == list(NER_BACKENDS)
    assert all(name in backends_help() for name in NER_BACKENDS)


def test_an_unknown_backend_lists_the_table():
    with pytest.raises(ValueError, match="unknown NER backend 'nonsense'; choose one of lexicon, crf, lexicon\\+crf"):
        make_ner("nonsense")


def test_shipped_backends_are_available_and_the_optional_ones_say_why_not(monkeypatch):
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    monkeypatch.delenv("EXTRACT_STANZA_DIR", raising=False)
    for name in ("lexicon", "crf", "lexicon+crf", "model", "lexicon+model"):
        assert NER_BACKENDS[name].unavailable_reason() is None, name
    assert NER_BACKENDS["camel"].unavailable_reason()
    assert NER_BACKENDS["stanza"].unavailable_reason()


def test_models_come_from_the_package_or_from_what_the_user_names(monkeypatch, tmp_path):
    import extract

    monkeypatch.delenv("EXTRACT_NER_MODEL", raising=False)
    packaged = spacy_model_path()
    assert packaged.is_relative_to(__import__("pathlib").Path(extract.__file__).parent)
    monkeypatch.setenv("EXTRACT_NER_MODEL", str(tmp_path / "nowhere"))
    with pytest.raises(BackendUnavailable, match="nowhere \\(from \\$EXTRACT_NER_MODEL\\)"):
        spacy_model_path()
    with pytest.raises(BackendUnavailable, match="elsewhere \\(from model_dir\\)"):
        spacy_model_path(str(tmp_path / "elsewhere"))
    monkeypatch.setenv("EXTRACT_CRF_MODEL", str(tmp_path / "none.npz"))
    with pytest.raises(BackendUnavailable, match="EXTRACT_CRF_MODEL"):
        Pipeline()


def test_the_backends_command_lists_every_backend_and_its_state(capsys, monkeypatch):
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    assert main(["backends"]) == 0
    out = capsys.readouterr().out
    for name in NER_BACKENDS:
        assert name in out
    assert "lexicon+crf" in out and "default" in out and "unavailable" in out


def test_a_config_file_names_components_and_their_settings(tmp_path):
    import json

    path = tmp_path / "pipeline.json"
    path.write_text(json.dumps({"components": [{"name": "normalize", "repair_glued": False}, {"name": "tokenize"},
                                               {"name": "ner", "backend": "lexicon"}, {"name": "places"}]}))
    nlp = Pipeline(config=path, settings={"ner": {"backend": "lexicon+crf"}})
    assert nlp.pipe_names == ["normalize", "tokenize", "ner", "places"]
    assert nlp.components[0].settings == {"repair_glued": False}
    assert nlp.components[2].settings == {"backend": "lexicon+crf"}
    assert [place["name"] for place in nlp("قصف الطيران مدينة حلب")["places"]] == ["حلب"]
    path.write_text(json.dumps({"components": ["normalize"]}))
    with pytest.raises(PipelineError, match="a pipeline config is"):
        Pipeline(config=path)
