"""Chemical agents: lexicon matches with English name, class and CAS number.

Generic phrases (الأسلحة الكيميائية، غاز سام، الكيماوي) are not in the lexicon, so never agents. A class
name (غاز الأعصاب) joins the article's one specific agent of that class (السارين) when there is one.
An alias that is also an everyday word (الكلور in a swimming pool, الخردل in a sauce, الكبريت on a
farm) names an agent only in a weapons sense: a word of attack, poisoning or armed force in its
sentence, an unambiguous agent beside it, another such mention of the same agent in the article,
or an article about chemical weapons (الأسلحة الكيميائية، هجوم كيماوي anywhere in it).
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document
from extract.extractors.entities import EntityCollector
from extract.items import Agent
from extract.lexicons import agent_lexicon
from extract.matcher import TRANSPARENT, Match, PhraseMatcher, phrase_words
from extract.registry import register
from extract.words import word_set


@lru_cache(maxsize=1)
def agent_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, agent) for agent in agent_lexicon() for alias in agent["aliases"])


@lru_cache(maxsize=1)
def _context_keys() -> frozenset[tuple[str, tuple[str, ...]]]:
    """(agent name, alias words) of the aliases that need a weapons sense."""
    return frozenset((agent["name"], phrase_words(alias)) for agent in agent_lexicon()
                     for alias in agent["context_aliases"])


def _needs_context(match: Match) -> bool:
    return (match.payload["name"], match.key) in _context_keys()


def _weapon_sentences(doc: Document) -> set[int]:
    """Sentences with a word of weapons, armed force, attack or poisoning (read on stems)."""
    return {doc.tokens[index].sentence for index in doc.tokens_with_stem("agents:context", word_set("agent_context"))}


def _opens_quoted_name(match: Match, doc: Document) -> bool:
    """An alias that starts with a preposition and whose next word opens a quotation is the
    preposition before a quoted name: في "إكس إس ماكس" is a phone, not the agent في إكس."""
    return (match.last > match.first and match.key[0] in word_set("object_starter")
            and doc.tokens[match.first + 1].norm in TRANSPARENT)


def _about_chemical_weapons(doc: Document) -> bool:
    """A chemical adjective right after a word of weapons or attack anywhere in the article
    (الأسلحة الكيميائية، هجوم كيماوي)."""
    cues = set(doc.tokens_with_stem("agents:context", word_set("agent_context")))
    return any(index - 1 in cues for index in doc.tokens_with_stem("agents:chemical", word_set("chemical")))


def _in_weapon_sense(matches: list[Match], doc: Document) -> list[Match]:
    """The matches less the context aliases of agents none of whose mentions is in a weapons sense.
    In an article about chemical weapons every mention is."""
    if any(_needs_context(match) for match in matches) and _about_chemical_weapons(doc):
        return matches
    weapon_sentences = _weapon_sentences(doc)
    plain_sentences = {doc.tokens[match.first].sentence for match in matches if not _needs_context(match)}
    sensed = {match.payload["name"] for match in matches if not _needs_context(match)
              or doc.tokens[match.first].sentence in weapon_sentences | plain_sentences}
    return [match for match in matches if match.payload["name"] in sensed]


def extract_agents(doc: Document) -> Document:
    found = [match for match in agent_matcher().find(doc) if not _opens_quoted_name(match, doc)]
    matches = _in_weapon_sense(found, doc)
    specific_by_class: dict[str, set[str]] = {}
    for match in matches:
        if not match.payload["generic"]:
            specific_by_class.setdefault(match.payload["class"], set()).add(match.payload["name"])
    agents = {agent["name"]: agent for agent in agent_lexicon()}
    collector = EntityCollector(Agent)
    for match in matches:
        agent = match.payload
        specific = specific_by_class.get(agent["class"], set())
        if agent["generic"] and len(specific) == 1:
            agent = agents[next(iter(specific))]  # غاز الأعصاب in an article about sarin is the sarin
        collector.add(agent["name"], {"name_en": agent["name_en"], "agent_class": agent["class"], "cas": agent["cas"]},
                      doc.span(match.start, match.end))
    doc.fields["agents"] = collector.result()
    return doc


@register("agents", requires=("tokens",), provides=("agents",))
def make_agents():
    """Component: the `agents` field."""
    return extract_agents
