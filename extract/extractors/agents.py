"""Chemical agents: lexicon matches with English name, class and CAS number.

Generic phrases (الأسلحة الكيميائية، غاز سام، الكيماوي) are not in the lexicon, so never agents.
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document
from extract.extractors.entities import EntityCollector
from extract.lexicons import agent_lexicon
from extract.matcher import PhraseMatcher
from extract.registry import register


@lru_cache(maxsize=1)
def agent_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, agent) for agent in agent_lexicon() for alias in agent["aliases"])


def extract_agents(doc: Document) -> Document:
    collector = EntityCollector()
    for match in agent_matcher().find(doc):
        agent = match.payload
        collector.add(agent["name"], {"name_en": agent["name_en"], "class": agent["class"], "cas": agent["cas"]},
                      doc.span(match.start, match.end))
    doc.fields["agents"] = collector.result()
    return doc


@register("agents", requires=("tokens",), provides=("agents",))
def make_agents():
    """Component: the `agents` field."""
    return extract_agents
