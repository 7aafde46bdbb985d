"""Chemical agents: lexicon matches with English name, class and CAS number.

Generic phrases (الأسلحة الكيميائية، غاز سام، الكيماوي) are not in the lexicon, so never agents. A class
name (غاز الأعصاب) joins the article's one specific agent of that class (السارين) when there is one.
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document
from extract.extractors.entities import EntityCollector
from extract.items import Agent
from extract.lexicons import agent_lexicon
from extract.matcher import PhraseMatcher
from extract.registry import register


@lru_cache(maxsize=1)
def agent_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, agent) for agent in agent_lexicon() for alias in agent["aliases"])


def extract_agents(doc: Document) -> Document:
    matches = agent_matcher().find(doc)
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
