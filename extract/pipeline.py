"""The pipeline: an ordered list of named components, each Document -> Document.

Components are registered by name with what they need and what they add (in the spirit of
spaCy's `Language.factory` and stanza's processor requirements); the order is checked when the
pipeline is built. The default pipeline is data: extract/data/default_pipeline.json.
"""

from __future__ import annotations

import gc
import json
from collections import deque
from contextlib import contextmanager, nullcontext
import os
import signal
from typing import Any, Callable, Iterable, Iterator

from extract.document import Document
from extract.lexicons import data_path
from extract.read import read_text
from extract.record import to_record
from extract.registry import Component, make_component
from extract.windows import WINDOW_CHARS, join_window, window_bounds

def _freeze_loaded_data() -> None:
    """Move what is alive (the lexicons, gazetteers and model that a pipeline's components loaded
    on first use: millions of objects) out of the garbage collector's sight. Otherwise every full
    collection, triggered by the tokens each document allocates, walks all of it again: a sizeable
    share of the CPU time of a run. Garbage cycles alive at that moment, if any, are kept; objects
    made later are collected as usual."""
    gc.freeze()


@contextmanager
def _collection_paused() -> Iterator[None]:
    """No garbage collection while the components load their data (building them, and their first
    document in a process). Loading leaves little garbage (about 500 objects), but it allocates
    enough containers to start full collections, each walking all that is loaded so far: a tenth
    of the start-up. What loads is then frozen (_freeze_loaded_data) before collection resumes:
    all of it is still in the youngest generation, which the first collection would walk whole."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _freeze_loaded_data()
        if enabled:
            gc.enable()


def default_config() -> list[dict[str, Any]]:
    return read_config(data_path("default_pipeline.json"))


def read_config(path: str | os.PathLike) -> list[dict[str, Any]]:
    """The components of a pipeline config file: {"components": [{"name": ..., SETTING: VALUE, ...}]},
    as extract/data/default_pipeline.json; `Pipeline(config=path)` builds it."""
    with open(path, encoding="utf-8") as handle:
        config = json.load(handle)
    if not isinstance(config, dict) or not isinstance(config.get("components"), list) or not all(
            isinstance(item, dict) and isinstance(item.get("name"), str) for item in config["components"]):
        raise PipelineError(f"{path}: a pipeline config is {{\"components\": [{{\"name\": ..., settings ...}}, ...]}}")
    return config["components"]


# Long documents run in windows (extract/windows.py), so memory stays flat (about 170 MB at this
# limit) and time grows linearly (about 5 us a character on one core); beyond it a "document" is a
# dump or a whole archive in one file, and it gets an error record that says how to raise the limit.
DEFAULT_MAX_CHARS = 5_000_000


class PipelineError(ValueError):
    """A pipeline whose components cannot run in the given order, or settings it cannot take."""


def _item_name(item: Component | str | dict[str, Any]) -> str:
    return item.name if isinstance(item, Component) else item if isinstance(item, str) else item["name"]


def _with_ner_shorthand(settings: dict[str, dict[str, Any]] | None, ner: str | None,
                        stanza_dir: str | None) -> dict[str, dict[str, Any]]:
    for name, values in (settings or {}).items():
        if not isinstance(values, dict):
            raise PipelineError(f"the settings of {name!r} must be a dict of setting -> value, not {values!r}")
    merged = {name: dict(values) for name, values in (settings or {}).items()}
    shorthand = {key: value for key, value in (("backend", ner), ("stanza_dir", stanza_dir)) if value}
    if shorthand:
        merged.setdefault("ner", {}).update(shorthand)
    return merged


class Pipeline:
    """Build with `Pipeline()` for the default, or `Pipeline(components=[...])` for a custom one.

    `settings` gives components their settings by name, over those of the configuration:
    `Pipeline(settings={"ner": {"backend": "crf"}, "dates": {"published": "2024-05-01"}})`; a
    component name not in the pipeline, or a setting the component does not take, is an error.
    `Pipeline(ner="camel")` and `Pipeline(ner="stanza", stanza_dir=...)` are short for
    `settings={"ner": {"backend": ..., "stanza_dir": ...}}`. `Pipeline(config="mine.json")` builds
    the components of a config file written as extract/data/default_pipeline.json (each entry a
    component name and its settings).
    `nlp(text)` returns a record dict; `nlp.process(doc)` returns the Document;
    `nlp.pipe(texts_or_documents, jobs=N)` streams records in input order. A text longer than
    `max_chars` gets an error record instead of being processed.
    """

    def __init__(self, components: Iterable[Component | str | dict[str, Any]] | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS, window_chars: int = WINDOW_CHARS,
                 settings: dict[str, dict[str, Any]] | None = None, ner: str | None = None,
                 stanza_dir: str | None = None, config: str | os.PathLike | None = None):
        if components is not None and config is not None:
            raise PipelineError("give components or config, not both")
        config = list(components) if components is not None else read_config(config) if config is not None \
            else default_config()
        settings = _with_ner_shorthand(settings, ner, stanza_dir)
        names = [_item_name(item) for item in config]
        unknown = [name for name in settings if name not in names]
        if unknown:
            raise PipelineError(f"settings for {', '.join(map(repr, unknown))}, which is not in the pipeline "
                                f"({' -> '.join(names)})")
        with _collection_paused():
            self.components: list[Component] = [self._build(item, settings) for item in config]
        self.max_chars = max_chars
        self.window_chars = window_chars
        self._frozen_in: int | None = None  # the process in which the loaded data was frozen
        self.check()

    @staticmethod
    def _build(item: Component | str | dict[str, Any], settings: dict[str, dict[str, Any]]) -> Component:
        if isinstance(item, Component):
            if settings.get(item.name):
                raise PipelineError(f"component {item.name!r} is built already: give its settings when you build it")
            return item
        if isinstance(item, str):
            item = {"name": item}
        merged = {key: value for key, value in item.items() if key != "name"}
        merged.update(settings.get(item["name"], {}))
        return make_component(item["name"], **merged)

    @property
    def component_names(self) -> list[str]:
        return [component.name for component in self.components]

    @property
    def pipe_names(self) -> list[str]:
        """The component names in order, as spaCy's `nlp.pipe_names`."""
        return self.component_names

    def check(self) -> None:
        """Raise PipelineError for a name used twice, for a component that needs something no
        earlier component provides, or for one that reads what a later component provides."""
        order = " -> ".join(self.component_names)
        seen: set[str] = set()
        for name in self.component_names:
            if name in seen:
                raise PipelineError(f"two components are named {name!r} (pipeline: {order}); names must be unique")
            seen.add(name)
        available: set[str] = {"text"}
        for position, component in enumerate(self.components):
            missing = [need for need in component.requires if need not in available]
            if missing:
                raise PipelineError(
                    f"component {component.name!r} requires {', '.join(missing)}, which no earlier "
                    f"component provides (pipeline: {order})")
            for later in self.components[position + 1:]:
                late = [need for need in component.reads if need in later.provides and need not in available]
                if late:
                    raise PipelineError(
                        f"component {component.name!r} reads {', '.join(late)}, which {later.name!r} provides "
                        f"after it: put {later.name!r} before {component.name!r} (pipeline: {order})")
            available.update(component.provides)

    def _index(self, name: str) -> int:
        if name not in self.component_names:
            raise KeyError(f"no component named {name!r} in {self.component_names}")
        return self.component_names.index(name)

    def add_pipe(self, component: Component | str, before: str | None = None, after: str | None = None,
                 **settings: Any) -> Component:
        built = make_component(component, **settings) if isinstance(component, str) else component
        position = len(self.components)
        if before is not None:
            position = self._index(before)
        elif after is not None:
            position = self._index(after) + 1
        self.components.insert(position, built)
        self._checked_or_undo(lambda: self.components.remove(built))
        return built

    def remove_pipe(self, name: str) -> Component:
        position = self._index(name)
        removed = self.components.pop(position)
        self._checked_or_undo(lambda: self.components.insert(position, removed))
        return removed

    def replace_pipe(self, name: str, component: Component | str, **settings: Any) -> Component:
        position = self._index(name)
        built = make_component(component, **settings) if isinstance(component, str) else component
        old = self.components[position]
        self.components[position] = built
        self._checked_or_undo(lambda: self.components.__setitem__(position, old))
        return built

    def _checked_or_undo(self, undo: Callable[[], None]) -> None:
        try:
            self.check()
        except PipelineError:
            undo()
            raise

    def process(self, doc: Document) -> Document:
        """Run every component on `doc`. A component that fails turns the document into an error."""
        if not doc.ok:
            return doc
        if len(doc.text) > self.max_chars:
            return doc.fail("too_large", f"the text has {len(doc.text):,} characters, more than the limit of "
                                         f"{self.max_chars:,} (a news article rarely has 100,000): split it into "
                                         "articles, or raise the limit with max_chars / --max-chars")
        if len(doc.text) > self.window_chars:
            return self._process_in_windows(doc)
        return self._run_components(doc)

    def _run_components(self, doc: Document) -> Document:
        first = self._frozen_in != os.getpid()  # its first document in this process loads the data
        with _collection_paused() if first else nullcontext():
            for component in self.components:
                try:
                    doc = component(doc)
                except Exception as error:  # a bug or a pathological input must cost one record, not the run
                    doc.fail("processing", f"component {component.name!r} failed: {type(error).__name__}: {error}")
                    return doc
                doc.done.append(component.name)
        if first:
            self._frozen_in = os.getpid()
        return doc

    def _process_in_windows(self, doc: Document) -> Document:
        """A long document, window by window (extract/windows.py), so memory stays bounded."""
        doc.fields = {name: [] for name in doc.fields}
        for start, end in window_bounds(doc.text, self.window_chars):
            part = self._run_components(Document(text=doc.text[start:end], id=doc.id, source=doc.source,
                                                 meta=dict(doc.meta)))
            if not part.ok:
                return doc.fail(part.error["type"], f"{part.error['message']} (in characters {start:,}-{end:,})")
            join_window(doc, part, start)
            doc.done = part.done
        return doc

    def __call__(self, text: str | Document, doc_id: str = "text") -> dict[str, Any]:
        doc = text if isinstance(text, Document) else read_text(text, doc_id=doc_id)
        return to_record(self.process(doc))

    def pipe(self, inputs: Iterable[Any], jobs: int = 1, chunk_size: int = 4,
             as_tuples: bool = False) -> Iterator[Any]:
        """Records for each input (a text or a Document), in input order; `jobs` > 1 uses that many
        worker processes. With `as_tuples=True`, inputs are (text, context) pairs and so are the
        results: (record, context), as spaCy's `nlp.pipe(..., as_tuples=True)`."""
        if as_tuples:
            pairs = iter(inputs)
            contexts: deque[Any] = deque()

            def texts() -> Iterator[Any]:
                for item, context in pairs:
                    contexts.append(context)
                    yield item

            for record in self.pipe(texts(), jobs=jobs, chunk_size=chunk_size):
                yield record, contexts.popleft()
            return
        numbered = (item if isinstance(item, Document) else read_text(item, doc_id=f"text:{index}")
                    for index, item in enumerate(inputs, start=1))
        if jobs <= 1:
            for doc in numbered:
                yield self(doc)
            return
        import multiprocessing  # only for --jobs: its import was a hundredth of a one-file run

        context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with context.Pool(jobs, initializer=_set_worker_pipeline, initargs=(self,)) as pool:
            yield from pool.imap(_worker_record, numbered, chunksize=chunk_size)


_worker_pipeline: Pipeline | None = None


def _set_worker_pipeline(pipeline: Pipeline) -> None:
    """A worker leaves Ctrl-C and SIGTERM to its parent, which stops the pool: it leaves the
    terminal's process group (a signal to the group would kill it while it holds the pool's queue
    lock, and the pool would then wait for that lock forever) and ignores SIGINT; it dies quietly,
    without a traceback, when the pool terminates it."""
    global _worker_pipeline
    if hasattr(os, "setpgid"):
        os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_pipeline = pipeline


def _worker_record(doc: Document) -> dict[str, Any]:
    assert _worker_pipeline is not None
    return _worker_pipeline(doc)
