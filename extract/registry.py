"""Registry of pipeline components: name -> factory, with what each needs and adds."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable

if TYPE_CHECKING:
    from extract.document import Document

ComponentFunction = Callable[["Document"], "Document"]

# Modules whose import registers the built-in layers; every module under extract/extractors/ is
# imported too (builtin_modules), so a new field's extractor registers itself by being there.
CORE_MODULES = ("extract.normalize", "extract.tokenize", "extract.ner")
EXTRACTORS_PACKAGE = "extract.extractors"


@lru_cache(maxsize=1)
def builtin_modules() -> tuple[str, ...]:
    """The modules whose import registers the built-in components, in no particular order."""
    package = importlib.import_module(EXTRACTORS_PACKAGE)
    extractors = sorted(info.name for info in pkgutil.iter_modules(package.__path__) if not info.ispkg)
    return (*CORE_MODULES, *(f"{EXTRACTORS_PACKAGE}.{name}" for name in extractors))


@dataclass
class Component:
    """A named step of the pipeline."""

    name: str
    function: ComponentFunction
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)

    def __call__(self, doc: "Document") -> "Document":
        return self.function(doc)


_FACTORIES: dict[str, tuple[Callable[..., ComponentFunction], tuple[str, ...], tuple[str, ...]]] = {}


def register(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()):
    """Register a component factory: `factory(**settings)` returns a Document -> Document function."""

    def decorate(factory: Callable[..., ComponentFunction]):
        _FACTORIES[name] = (factory, tuple(requires), tuple(provides))
        return factory

    return decorate


def registered_components() -> list[str]:
    _load_builtin_components()
    return sorted(_FACTORIES)


def make_component(name: str, **settings: Any) -> Component:
    """Build a registered component by name."""
    _load_builtin_components()
    if name not in _FACTORIES:
        raise ValueError(f"unknown component {name!r}; registered: {', '.join(sorted(_FACTORIES))}")
    factory, requires, provides = _FACTORIES[name]
    return Component(name, factory(**settings), requires, provides, settings)


def _load_builtin_components() -> None:
    for module in builtin_modules():
        importlib.import_module(module)
