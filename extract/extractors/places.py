"""Places: LOC entities linked to the gazetteer (canonical name, kind, country, coordinates, GeoNames id).

Linking, in order: the gazetteer (a name two places share, عمان for Oman and Amman, goes to the
one the article's context favours: its exact spelling عمّان, a preceding سلطنة or العاصمة, and the
countries of the article's other places and nationality adjectives); then the mined gazetteer (a
village's country from the article's other places when the corpus saw it in several, its parent's
coordinates standing in as approximate); then an unlisted name, placed approximately at the listed
place it is said to lie in (بريف إدلب، جنوب دمشق، في محافظة الحديدة) where the sentence says so.

Every place says where its coordinates come from: `coordinates` is "point" (a GeoNames place),
"centroid" (a country's or a governorate's centre), "approximate" (a place it lies in), or null,
and `coordinates_note` then says why there are none. Nationality adjectives are not in the
gazetteer and are not LOC, so they never become places.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from extract.document import Document, Span, Token
from extract.extractors.entities import EntityCollector, alias_index, lexicon_key, link_mention
from extract.items import Place
from extract.lexicons import place_gazetteer
from extract.normalize import normalize_string
from extract.registry import register
from extract.tokenize import clitic_stems
from extract.words import (SETTLEMENT_KINDS, context_role, context_words, country_places, is_definite_adjective, mined_places,
                           nationality_countries, place_heads, possessed_common_noun, word_set)

DIACRITICS = frozenset(chr(code) for code in range(0x064B, 0x0653)) | {"\u0670"}
PARENT_WINDOW = 5
OWN_LETTER_CLITICS = "لبك"
CLOSING_QUOTES = frozenset({"\"", "»", "”", "'"})
NO_COORDINATES = "not in the gazetteer, and the text names no listed place it lies in"


@lru_cache(maxsize=1)
def place_index() -> dict[str, dict]:
    """Lexicon key of each alias -> place (the first place listing an alias owns it)."""
    return alias_index(place_gazetteer())


@lru_cache(maxsize=1)
def shared_index() -> dict[str, tuple[dict, ...]]:
    """Lexicon key of a name several places share -> those places, the owner first."""
    sharers: dict[str, list[dict]] = {}
    for place in place_gazetteer():
        for alias in place.get("shared_aliases", []):
            key = lexicon_key(alias)
            owner = place_index().get(key)
            if owner is not None and owner is not place:
                places = sharers.setdefault(key, [owner])
                if all(other is not place for other in places):
                    places.append(place)
    return {key: tuple(places) for key, places in sharers.items()}


@lru_cache(maxsize=1)
def places_by_name() -> dict[str, dict]:
    return {place["name"]: place for place in place_gazetteer()}


def link_place(mention_text: str) -> dict | None:
    """The gazetteer place a mention names, trying it without proclitics too."""
    return link_mention(mention_text, place_index())


def _key_of(mention_text: str, index: dict) -> str | None:
    first, _, rest = lexicon_key(mention_text).partition(" ")
    for _, stem in clitic_stems(first):
        key = f"{stem} {rest}".strip()
        if key in index:
            return key
    return None


def article_countries(doc: Document) -> Counter[str]:
    """Votes for the countries an article is about: its unambiguous places and nationality adjectives."""
    votes: Counter[str] = Counter()
    for span in doc.entities:
        if span.label == "LOC":
            text = doc.normalized_text_of(span.start, span.end)
            place = link_place(text)
            if place is not None and place["country"] and _key_of(text, shared_index()) is None \
                    and not _bare_kingdom(text):
                votes[place["country"]] += 1
    adjectives = nationality_countries()
    for index in doc.tokens_with_stem("places:nationalities", adjectives.keys()):
        stem = next(stem for _, stem in doc.tokens[index].stems if stem in adjectives)
        votes[adjectives[stem]] += 1
    return votes


def _previous_role(doc: Document, span: Span) -> str | None:
    before = doc.tokens_before(span.start, 1)
    return context_role(before[0]) if before else None


def choose_homograph(doc: Document, span: Span, candidates: tuple[dict, ...], votes: Counter[str]) -> dict:
    """The place a shared name means here: its exact spelling, a head word, then the article's countries."""
    spelled = [place for place in candidates if span.text in place["aliases"] + place.get("shared_aliases", [])
               and any(char in DIACRITICS for char in span.text)]
    if len(spelled) == 1:
        return spelled[0]
    role = _previous_role(doc, span)
    if role == "country_head":
        return next((place for place in candidates if place["kind"] == "country"), candidates[0])
    if role == "capital_head":
        return next((place for place in candidates if place["kind"] != "country"), candidates[0])
    best = max(candidates, key=lambda place: votes.get(place["country"], 0))
    return best if votes.get(best["country"], 0) > votes.get(candidates[0]["country"], 0) else candidates[0]


def choose_mined(rows: tuple[dict, ...], votes: Counter[str]) -> tuple[dict, str | None]:
    """The mined row and country for an article: the one its other places point to, else the corpus's."""
    def score(row: dict) -> tuple[int, int]:
        return (votes.get(row["country"], 0) if row["country"] else 0, row["headed"])

    row = max(rows, key=score)
    if row["country"] or not votes:
        return row, row["country"]
    # Ties between the article's votes go to the country the corpus gives more votes, then to the
    # file's order: the same on every run (a set's order changed with the string hash seed).
    seen = [code for code in row["countries"] if votes.get(code)]
    return row, max(seen, key=lambda code: (votes[code], row["countries"][code])) if seen else None


def _geo(place: dict | None, coordinates: str | None, note: str | None) -> dict:
    if place is None or place.get("lat") is None:
        return {"lat": None, "lon": None, "coordinates": None, "coordinates_note": note or NO_COORDINATES}
    return {"lat": place["lat"], "lon": place["lon"], "coordinates": coordinates, "coordinates_note": note}


def listed_attributes(place: dict) -> dict:
    return {"name_en": place["name_en"], "kind": place["kind"], "country": place["country"],
            "geonames_id": place.get("geonames_id"),
            **_geo(place, place.get("coordinates"), None if place.get("lat") is not None
                   else "the gazetteer has no coordinates for it")}


def mined_attributes(row: dict, country: str | None) -> dict:
    parent = places_by_name().get(row["parent"]) if row["parent"] else None
    if parent is not None and parent.get("lat") is not None:
        geo = _geo(parent, "approximate", f"the coordinates of {parent['name']}, the place it lies in")
    elif country in country_places() and country_places()[country].get("lat") is not None:
        geo = _geo(country_places()[country], "approximate", f"the centre of its country ({country})")
    else:
        geo = _geo(None, None, "a mined name whose country the corpus does not settle")
    return {"name_en": None, "kind": row["kind"], "country": country or (parent or {}).get("country"),
            "geonames_id": None, **geo}


def _unlisted_kind(doc: Document, span: Span) -> str:
    """The kind a head noun gives an unlisted place: its first word (قاعدة ...), a head after the name
    (هيفاء مول), or the word before it."""
    words = doc.normalized_text_of(span.start, span.end).split()
    if len(words) > 1 and words[-1] in word_set("postposed_facility_head"):  # هيفاء مول
        return "facility"
    before = doc.tokens_before(span.start, 1)
    for candidate in words[:1] + [stem for token in before for _, stem in token.stems]:
        head = candidate[2:] if candidate.startswith("ال") and candidate[2:] in place_heads() else candidate
        if head in place_heads():  # المسجد الحرام: a definite head too
            return place_heads()[head][1]
    return "other"


def parent_place(doc: Document, span: Span) -> dict | None:
    """The listed place a name is said to lie in, within a few words after it (بريف إدلب، جنوب دمشق)."""
    position, last = doc.token_index_at(span.end), doc.tokens_before(span.end, 1)
    if not last:
        return None
    for token in doc.tokens[position:position + PARENT_WINDOW]:
        if token.sentence != last[-1].sentence:
            return None
        place = next((place for _, stem in token.stems if (place := place_index().get(stem)) is not None), None)
        if place is not None and place["kind"] != "country" and _first_of_a_construct(doc, token):
            return None  # بطرسبرغ مسقط رأسه: a birthplace, not Muscat
        if place is not None:
            return None if token.norm.startswith("و") and token.norm[1:] in place_index() else place
        if context_role(token) not in ("direction", "relation", "locative") and not any(
                stem in place_heads() for _, stem in token.stems) and not (token is doc.tokens[position] and is_definite_adjective(token)):
            return None  # (حي كاليفورنيا الراقي بالدار البيضاء: the name's own adjective comes first)
    return None


def _first_of_a_construct(doc: Document, token: Token) -> bool:
    """مسقط رأسه: a bare word before a possessed noun is a construct's first term, a common noun (a
    definite one, بالرياض اسمها, is no construct's first term)."""
    following = token.index + 1
    return not any(stem.startswith("ال") for _, stem in token.stems) and following < len(doc.tokens) \
        and doc.tokens[following].sentence == token.sentence and possessed_common_noun(doc.tokens[following])


def _locative_right_after(doc: Document, span: Span) -> bool:
    """بجدة، في جدة right after the name: the place it lies in is said, not only named nearby."""
    position = doc.token_index_at(span.end)
    if position >= len(doc.tokens):
        return False
    token = doc.tokens[position]
    return token.norm == "في" or token.norm.startswith("ب") and len(token.stems) > 1 and token.stems[1][0] == 1


def unlisted_attributes(doc: Document, span: Span, votes: Counter[str]) -> dict:
    text = doc.normalized_text_of(span.start, span.end)
    named_after = link_place(_without_head(text)) if _without_head(text) != text and not _named_after_a_settlement(text) else None
    parent = parent_place(doc, span)
    kind = _unlisted_kind(doc, span)
    if named_after is not None and parent is not None and parent["country"] != named_after["country"] \
            and _locative_right_after(doc, span):
        named_after = None  # مستشفى العيون بجدة: an eye hospital in Jeddah, not a place named after العيون
    if named_after is not None and named_after.get("lat") is not None:  # مطار دمشق: at or near دمشق
        geo = _geo(named_after, "approximate", f"the coordinates of {named_after['name']}, the place it is named after")
        country = named_after["country"]
    elif parent is not None and parent.get("lat") is not None:
        geo = _geo(parent, "approximate", f"the coordinates of {parent['name']}, the place it lies in")
        country = parent["country"]
    else:
        geo = _geo(None, None, None)
        # a facility's nationality is its owner's (قاعدة X الروسية), not its country's
        country = nationality_after(doc, span) if kind != "facility" else None
        stated = country_places().get(country) if country else None
        if stated is not None and stated.get("lat") is not None:
            geo = _geo(stated, "approximate", f"the centre of its country ({country}), which the text names after it")
        country = country or (votes.most_common(1)[0][0] if votes and votes.most_common(1)[0][1] >= 2 else None)
    return {"name_en": None, "kind": kind, "country": country, "geonames_id": None, **geo}


def nationality_after(doc: Document, span: Span) -> str | None:
    """مدينة "أليكونت" الإسبانية، جزيرة فارماكونيسي اليونانية: a definite nationality adjective right
    after a place's name (past a closing quotation mark) says its country, whatever the article's
    other places say."""
    position = doc.token_index_at(span.end)
    if position < len(doc.tokens) and doc.tokens[position].text in CLOSING_QUOTES:
        position += 1
    if position >= len(doc.tokens) or doc.tokens[position].sentence != doc.tokens[position - 1].sentence:
        return None
    token = doc.tokens[position]
    return nationality_countries().get(token.norm) if token.text.startswith("ال") else None


def _first_letter_is_its_own(doc: Document, span: Span) -> bool:
    """مدينة لوزان، بلدة بيت لاهيا: a place head in construct takes its name right after it, with no
    preposition between, so a ل/ب/ك that begins the name is the name's own letter."""
    before = doc.tokens_before(span.start, 1)
    return span.text[:1] in OWN_LETTER_CLITICS and bool(before) and before[0].end < span.start \
        and any(stem in place_heads() and not stem.startswith("ال") for _, stem in before[0].stems)


def _mined_rows(text: str) -> tuple[dict, ...] | None:
    return link_mention(text, mined_places())


# The g of a foreign name is written غ or ج (ياماغوتشي، ياماجوتشي): one sound, one name.
FOREIGN_G_SPELLINGS = str.maketrans("غ", "ج")


def _spelling_key(name: str) -> str:
    return normalize_string(name).translate(FOREIGN_G_SPELLINGS)


def extract_places(doc: Document) -> Document:
    collector = EntityCollector(Place)
    votes = article_countries(doc)
    # المسجد الاقصى after المسجد الأقصى, ياماغوتشي after ياماجوتشي: an unlisted or mined name spelled
    # another way in the same article is the place already named, under its first spelling
    first_spelling: dict[str, str] = {}
    for span in doc.entities:
        if span.label != "LOC":
            continue
        text = doc.normalized_text_of(span.start, span.end)
        own_letter = _first_letter_is_its_own(doc, span)
        if own_letter:  # بمدينة لوزان is Lausanne, not ل + وزان: only the whole word is looked up
            key = lexicon_key(text)
            shared_key = key if key in shared_index() else None
            place = choose_homograph(doc, span, shared_index()[key], votes) if shared_key else place_index().get(key)
        else:
            shared_key = _key_of(text, shared_index())
            place = choose_homograph(doc, span, shared_index()[shared_key], votes) if shared_key else link_place(text)
        if place is None:
            place = _link_without_head(text) or formal_state(text)
        if place is not None and _bare_kingdom(text):
            place = kingdom_of_article(votes) or place
        if place is not None:
            collector.add(place["name"], listed_attributes(place), with_its_state_form(doc, span, place))
            first_spelling.setdefault(_spelling_key(span.text), place["name"])
            continue
        rows = mined_places().get(lexicon_key(text)) if own_letter else _mined_rows(text) \
            or (None if _named_after_a_settlement(text) else _mined_rows(_without_head(text)))
        if rows:
            row, country = choose_mined(rows, votes)
            stated = nationality_after(doc, span) if row["kind"] != "facility" else None
            if stated is not None and country is None:
                country = stated
            elif stated is not None and country != stated:
                # the mined row of the stated country, or none: a namesake elsewhere is not this place
                rows = tuple(row for row in rows if row["country"] == stated)
                row, country = choose_mined(rows, votes) if rows else (None, None)
        if rows:
            name = span.text if _mined_rows(text) is None else row["name"]
            collector.add(first_spelling.setdefault(_spelling_key(name), name), mined_attributes(row, country), span)
        else:
            name = first_spelling.setdefault(_spelling_key(span.text), span.text)
            collector.add(name, unlisted_attributes(doc, span, votes), span)
    for span in countries_of_national_teams(doc):
        place = link_place(doc.normalized_text_of(span.start, span.end))
        collector.add(place["name"], listed_attributes(place), span)
    _merge_military_bases(collector)
    doc.fields["places"] = collector.result()
    return doc


KINGDOM = "المملكه"


def _bare_kingdom(text: str) -> bool:
    """المملكة, بالمملكة: the word alone, which names the kingdom the article is about."""
    key = lexicon_key(text)
    return " " not in key and any(stem == KINGDOM for _, stem in clitic_stems(key))


@lru_cache(maxsize=1)
def _kingdoms() -> tuple[dict, ...]:
    """The gazetteer places of word set kingdom, Saudi Arabia (the corpus's own kingdom) first."""
    names = sorted(word_set("kingdom"), key=lambda name: name != "السعوديه")
    return tuple(place for place in map(link_place, names) if place is not None)


def kingdom_of_article(votes: Counter[str]) -> dict | None:
    """The kingdom (word set kingdom: السعودية، المغرب، الأردن، البحرين) the article's other places
    and nationality adjectives vote for most, where it is the country they vote for most of all;
    else the first listed."""
    kingdoms = _kingdoms()
    if not kingdoms:
        return None
    best = max(kingdoms, key=lambda place: votes.get(place["country"], 0))
    top = max(votes.values(), default=0)
    # a neighbour a Saudi report names (قطر والبحرين والمملكة) is no evidence: the kingdom must be
    # the country the article is most about
    return best if votes.get(best["country"], 0) > votes.get(kingdoms[0]["country"], 0) \
        and votes.get(best["country"], 0) == top else kingdoms[0]


def _base_key(name: str) -> tuple[str, bool]:
    """قاعدة حميميم الجوية → (حميميم, True): a facility's name without a military base's head (word set
    base_head) and the adjective of its arm (word set base_adjective); True where a head was dropped."""
    words = normalize_string(name).split()
    headed = len(words) > 1 and words[0] in word_set("base_head")
    if headed:
        words = words[1:]
    if len(words) > 1 and words[-1] in word_set("base_adjective"):
        words = words[:-1]
    return " ".join(words), headed


def _merge_military_bases(collector: EntityCollector) -> None:
    """مطار الشعيرات and قاعدة الشعيرات, قاعدة حميميم and حميميم: a military base is named by its
    locality with any of its heads or with none, so facilities of one article that share that name are
    one place (under the first named). Not a town and its airport (الحديدة، مطار الحديدة): only
    facilities join."""
    first: dict[str, str] = {}
    for name, item in list(collector.items.items()):
        if item.kind != "facility":
            continue
        key, headed = _base_key(name)
        if key not in first:
            first[key] = name
            continue
        kept = collector.items[first[key]]
        if not headed and not _base_key(first[key])[1]:
            continue  # two facilities with no base head: two names, as the linker gave them
        if kept.country is None and item.country is not None:  # the bare name was listed, the headed one not
            kept.country, kept.geonames_id, kept.lat, kept.lon = item.country, item.geonames_id, item.lat, item.lon
            kept.coordinates, kept.coordinates_note, kept.name_en = item.coordinates, item.coordinates_note, item.name_en
        kept.mentions.extend(item.mentions)
        del collector.items[name]
        collector.merge_starts(name, first[key])


def countries_of_national_teams(doc: Document) -> list[Span]:
    """منتخب كرواتيا، لمنتخب مصر: the country inside a national team's name stands for its team, a place
    (the team stays an organisation, so the country is read here, inside the ORG span, not as a LOC)."""
    found = []
    for span in doc.entities:
        if span.label != "ORG":
            continue
        first = doc.token_index_holding(span.start)
        if first + 1 >= len(doc.tokens) or doc.tokens[first + 1].start >= span.end \
                or not any(stem in word_set("national_team_head") for _, stem in doc.tokens[first].stems):
            continue
        country = doc.span(doc.tokens[first + 1].start, span.end, "LOC")
        place = link_place(doc.normalized_text_of(country.start, country.end))
        if place is not None and place.get("kind") == "country":
            found.append(country)
    return found


def with_its_state_form(doc: Document, span: Span, place: dict) -> Span:
    """مملكة البحرين، لدولة الكويت، سلطنة عمان: a country's mention takes the form of state written
    right before it (word set country_head, without the article), the name the text gives it."""
    before = doc.tokens_before(span.start, 1)
    if place.get("kind") != "country" or not before or before[0].sentence != doc.tokens[doc.token_index_holding(span.start)].sentence \
            or span.start != doc.tokens[doc.token_index_holding(span.start)].start:
        return span
    head = before[0]
    offset = next((offset for offset, stem in head.stems if context_words().get(stem) == "country_head"), None)
    if offset is None:
        return span
    return doc.span(doc.normalized.to_original(head.norm_start + offset, head.norm_end)[0], span.end, span.label)


def formal_state(text: str) -> dict | None:
    """المملكة المغربية → المغرب: a state's formal name (a form of state and its nationality adjective,
    as the NER finds it) is the country of that adjective, also after a proclitic (للمملكة الأردنية
    الهاشمية, whose لل the mention keeps: the article's alif is not written after ل)."""
    words = text.split()
    if len(words) < 2 or not any(stem in word_set("state_form_head") for _, stem in clitic_stems(words[0])):
        return None
    return country_places().get(nationality_countries().get(words[1], ""))


def _without_head(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first in place_heads() else text


def _link_without_head(text: str) -> dict | None:
    """حي الشيخ رضوان, when the gazetteer lists الشيخ رضوان; a camp or an airport (مخيم جنين، مطار
    دمشق) is not the town it is named after, nor is a district named after a city or a province
    (حي الشامية، حي الخليل، حي كاليفورنيا)."""
    place = _district_namesake(text)
    return None if place is not None and place["kind"] in SETTLEMENT_KINDS else place


def _district_namesake(text: str) -> dict | None:
    """The listed place a district head's name is (حي الشيخ رضوان) or is named after (حي الخليل)."""
    first = text.partition(" ")[0]
    if first not in place_heads() or place_heads()[first][1] != "district" or _without_head(text) == text:
        return None
    return link_place(_without_head(text))


def _named_after_a_settlement(text: str) -> bool:
    place = _district_namesake(text)
    return place is not None and place["kind"] in SETTLEMENT_KINDS


@register("places", requires=("entities",), provides=("places",))
def make_places():
    """Component: the `places` field."""
    return extract_places
