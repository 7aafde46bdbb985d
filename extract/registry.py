"""Registry of pipeline components: name -> factory, with what each needs and adds."""

from __future__ import annotations

import importlib
import inspect
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
    # Read when present: a component that provides one of these must run before this one.
    reads: tuple[str, ...] = ()

    def __call__(self, doc: "Document") -> "Document":
        return self.function(doc)


@dataclass(frozen=True)
class _Factory:
    build: Callable[..., ComponentFunction]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    reads: tuple[str, ...]


_FACTORIES: dict[str, _Factory] = {}


def register(name: str, requires: Iterable[str] = (), provides: Iterable[str] = (), reads: Iterable[str] = ()):
    """Register a component factory: `factory(**settings)` returns a Document -> Document function.

    `requires`: what must be there before it runs; `provides`: what it adds; `reads`: what it uses
    when present (a component providing it must then come first). The factory's keyword arguments
    are the component's settings."""

    def decorate(factory: Callable[..., ComponentFunction]):
        _FACTORIES[name] = _Factory(factory, tuple(requires), tuple(provides), tuple(reads))
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
    factory = _FACTORIES[name]
    check_settings(name, settings)
    return Component(name, factory.build(**settings), factory.requires, factory.provides, settings, factory.reads)


def component_settings(name: str) -> dict[str, Any]:
    """The settings a registered component takes, with their defaults (inspect.Parameter.empty for none)."""
    _load_builtin_components()
    parameters = inspect.signature(_FACTORIES[name].build).parameters.values()
    return {parameter.name: parameter.default for parameter in parameters
            if parameter.kind in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY)}


def check_settings(name: str, settings: dict[str, Any]) -> None:
    """Raise ValueError naming the settings `name` does not take (and those it does)."""
    known = component_settings(name)
    takes_any = any(parameter.kind is parameter.VAR_KEYWORD
                    for parameter in inspect.signature(_FACTORIES[name].build).parameters.values())
    unknown = [key for key in settings if key not in known]
    if unknown and not takes_any:
        raise ValueError(f"component {name!r} has no setting {', '.join(map(repr, unknown))}; "
                         + (f"its settings: {', '.join(known)}" if known else "it takes no settings"))


def _load_builtin_components() -> None:
    for module in builtin_modules():
        importlib.import_module(module)
