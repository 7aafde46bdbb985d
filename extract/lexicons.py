"""Tiny, cached loaders for the data files under extract/data/.

Every data file starts with `#` lines naming its source and license; loaders skip them.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import marshal
import mmap
import os
import re
import struct
import sys
import zlib
from collections.abc import Mapping
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, Sequence

from extract.chars import normalize_string
from extract.data import FOLDER as DATA_FOLDER

DEFAULT_CACHE_MB = 1024  # one version's caches are about 150 MB (the CRF word table 58 MB of it)


def data_path(name: str) -> Path:
    """Filesystem path of a file shipped in extract/data/."""
    return DATA_FOLDER / name


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV data file as dicts keyed by its header row (comment lines skipped), read back
    from cached_value's cache after the first run (a fresh copy each call: callers may change them)."""
    yield from cached_value(data_path(name), _parsed_tsv)


def _parsed_tsv(path: Path) -> list[dict[str, str]]:
    rows = []
    opened = io.TextIOWrapper(gzip.open(path), encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")
    with opened as handle:
        header: list[str] | None = None
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def cache_dir() -> Path:
    """Where arrays derived from the shipped data are kept between runs: $EXTRACT_CACHE_DIR, else
    $XDG_CACHE_HOME/extract, else ~/.cache/extract."""
    chosen = os.environ.get("EXTRACT_CACHE_DIR")
    if chosen:
        return Path(chosen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "extract"


def _cache_path(source: str | os.PathLike, suffix: str) -> Path:
    """The cache file for data derived from `source`, named after its name, size and modification
    time, so that a changed source is read again."""
    status = os.stat(source)
    return cache_dir() / f"{Path(source).name}-{status.st_size}-{status.st_mtime_ns}-{suffix}"


def _store(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write a cache file atomically (a partial file renamed into place); a cache that cannot be
    written (a read-only home) is left out, and the next run builds the value again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(partial, "wb") as handle:
            write(handle)
        os.replace(partial, path)
    except (OSError, ValueError):
        return
    _prune_cache(path)


def cache_budget() -> int:
    """Bytes cache_dir() may hold: $EXTRACT_CACHE_MAX_MB megabytes, else DEFAULT_CACHE_MB."""
    try:
        return int(os.environ.get("EXTRACT_CACHE_MAX_MB", DEFAULT_CACHE_MB)) * 2**20
    except ValueError:
        return DEFAULT_CACHE_MB * 2**20


def _prune_cache(kept: Path) -> None:
    """Keep cache_dir() within cache_budget(), the files written longest ago removed first, never
    `kept` (just written). Every edited data file, new version or second checkout writes its values
    under new keys, and nothing else removes the old ones. A file another process has mapped stays
    readable to it (POSIX); where it cannot be removed it is left."""
    try:
        with os.scandir(kept.parent) as entries:
            files = [(status.st_mtime_ns, entry.name, status.st_size) for entry in entries
                     if not entry.name.startswith(".") and entry.is_file() and (status := entry.stat())]
    except OSError:
        return
    excess = sum(size for _, _, size in files) - cache_budget()
    for _, name, size in sorted(files):
        if excess <= 0:
            break
        if name == kept.name:
            continue
        try:
            os.unlink(kept.parent / name)
            excess -= size
        except OSError:
            pass


def cached_array(source: str | os.PathLike, member: str, build: Callable[[], Any]) -> Any:
    """`build()` (a numpy array read from the file `source`), kept uncompressed in cache_dir() so that
    later runs memory-map it instead of decompressing it; when the cache cannot be written, the
    array is built each time."""
    import numpy as np

    path = _cache_path(source, f"{member}.npy")
    try:
        return np.asarray(np.load(path, mmap_mode="r"))  # a plain array over the mapping, no memmap subclass
    except (OSError, ValueError):
        pass
    array = build()
    _store(path, lambda handle: np.save(handle, array))
    return array


def compiled_regex(pattern: str) -> re.Pattern:
    """re.compile(pattern), its compiled program kept in cache_dir() as marshal data keyed on the
    pattern and the Python build: parsing and compiling the large lexicon alternations (event
    triggers, date readers) was a sixth of a one-file run's start-up, while building a pattern
    object from its program is quick. Compiled as usual where the cache is unusable."""
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return re.compile(pattern)

    def program() -> tuple:  # what re._compiler.compile passes to _sre.compile
        parsed = _parser.parse(pattern, 0)
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        return (parsed.state.flags, [int(op) for op in _compiler._code(parsed, 0)], parsed.state.groups - 1,
                dict(parsed.state.groupdict), tuple(indexgroup))

    try:
        key = f"{sys.version}\0{_sre.MAGIC}\0{pattern}"
        return _sre.compile(pattern, *cached_result("compiled-regex", key, program))
    except (AttributeError, TypeError, ValueError, RuntimeError):
        return re.compile(pattern)


def cached_value(source: Path, build: Callable[[Path], Any]) -> Any:
    """`build(source)` (plain dicts, lists, strings and numbers read from the file `source`), kept in
    cache_dir() as marshal data, which loads several times faster than parsing the source again.
    The cache file is also named after the code of `build`, so a changed loader is read again; when
    the cache cannot be written, the value is built each time."""
    code = hashlib.sha1(marshal.dumps(build.__code__)).hexdigest()[:12]
    path = _cache_path(source, f"{build.__name__}-{code}.marshal")
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build(source)
    _store(path, lambda handle: handle.write(marshal.dumps(value)))
    return value


def cached_result(name: str, key: str, build: Callable[[], Any]) -> Any:
    """`build()` (plain data, as cached_value), kept in cache_dir() under `name` and a digest of `key`,
    which must name everything the result depends on; when the cache cannot be written, the value
    is built each time."""
    path = cache_dir() / f"{name}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    _store(path, lambda handle: handle.write(marshal.dumps(value)))
    return value


# What a normalized word list depends on besides its own files: normalize_string (chars.py, its
# charmap.json and Python's Unicode tables) and the loaders' code.
LOADER_CODE = ("chars.py", "lexicons.py", "words.py")


def cached_load(name: str, files: Sequence[str | os.PathLike], build: Callable[[], Any]) -> Any:
    """`build()` (plain data, as cached_value), which reads `files` (paths, or names in extract/data),
    kept in cache_dir() and keyed on those files, charmap.json and LOADER_CODE by name, size and
    modification time, on build's own code and on the Python version: an edited list, normalization
    or loader builds the value again."""
    package = Path(__file__).resolve().parent
    sources = [Path(file) if os.path.isabs(file) else data_path(str(file)) for file in files]
    sources += [data_path("charmap.json"), *(package / module for module in LOADER_CODE)]
    key = [sys.version, hashlib.sha1(marshal.dumps(build.__code__)).hexdigest()]
    for source in sources:
        status = os.stat(source)
        key.append(f"{source}\0{status.st_size}\0{status.st_mtime_ns}")
    return cached_result(name, "\n".join(key), build)


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """A digest of the Python version and of every file of the package (path, size, modification
    time): all that a value derived from the data files by the rules' code can depend on."""
    entries = [sys.version]
    folders = [str(Path(__file__).resolve().parent)]
    while folders:
        with os.scandir(folders.pop()) as found:
            for entry in sorted(found, key=lambda entry: entry.name):
                if entry.is_dir():
                    if entry.name != "__pycache__":
                        folders.append(entry.path)
                elif not entry.name.endswith(".pyc"):
                    status = entry.stat()
                    entries.append(f"{entry.path}\0{status.st_size}\0{status.st_mtime_ns}")
    return hashlib.sha1("\n".join(entries).encode("utf-8", "surrogatepass")).hexdigest()


def cached_derived(name: str, build: Callable[[], Any]) -> Any:
    """`build()` (plain data, as cached_value), kept in cache_dir() under `name` and keyed on
    package_fingerprint(): for what rules derive from several lists (the mined surnames, which
    consult the given names and the word counts), where naming every file it reads would be
    fragile. Any edit to the package builds it again."""
    return cached_result(name, f"{package_fingerprint()}\n{hashlib.sha1(marshal.dumps(build.__code__)).hexdigest()}", build)


def cached_map(name: str, function: Callable[[str], Any], texts: Sequence[str]) -> list[Any]:
    """[function(text) for text in texts] (plain data), kept in cache_dir() under `name` and keyed on
    the texts themselves, on function's code and on package_fingerprint(): normalizing the
    lexicons' thousands of phrases again at every start-up cost more than reading the results back."""
    key = (package_fingerprint(), hashlib.sha1(marshal.dumps(function.__code__)).hexdigest(),
           hashlib.sha1("\0".join(texts).encode("utf-8", "surrogatepass")).hexdigest())
    return cached_result(name, "\n".join(key), lambda: [function(text) for text in texts])


FREQUENCY_SHARDS = 4096  # about 40 forms each: a one-file run reads a tenth of them
WHOLE_AFTER_LOOKUPS = 20_000  # about thirty articles' lookups: then one dict, at dict speed
_LENGTH = struct.Struct("<Q")


class WordCounts(Mapping[str, int]):
    """Normalized word form -> corpus count, as word_frequencies() gives it.

    Building the dict of all 161k forms was a seventh of a one-file run's start-up, for the few
    hundred forms one article asks about. So the forms are also kept in shards (by a CRC of the
    form), each read on its first lookup from a memory-mapped cache file (`write`). After
    WHOLE_AFTER_LOOKUPS lookups, or at the first iteration, the whole dict is read (in the file's
    order) and `get` becomes that dict's own method, so that a long run looks words up as fast as
    a plain dict."""

    def __init__(self, data: memoryview | bytes) -> None:
        data = memoryview(data)
        index_length = _LENGTH.unpack_from(data)[0]
        self.total, lengths = marshal.loads(data[_LENGTH.size:_LENGTH.size + index_length])
        bounds = list(accumulate(lengths, initial=_LENGTH.size + index_length))
        self._data = data
        self._whole_bounds = bounds[0], bounds[1]
        self._shard_bounds = list(zip(bounds[1:-1], bounds[2:]))
        self._shards: list[dict[str, int] | None] = [None] * len(self._shard_bounds)
        self._whole: dict[str, int] | None = None
        self._lookups = 0

    @staticmethod
    def write(counts: dict[str, int], handle: BinaryIO) -> None:
        """The layout __init__ reads: an index (the counts' sum, each part's length), the whole
        dict, then each shard's dict, all as marshal data."""
        shards: list[dict[str, int]] = [{} for _ in range(FREQUENCY_SHARDS)]
        for word, count in counts.items():
            shards[WordCounts.shard_of(word, FREQUENCY_SHARDS)][word] = count
        parts = [marshal.dumps(counts), *(marshal.dumps(shard) for shard in shards)]
        index = marshal.dumps((sum(counts.values()), [len(part) for part in parts]))
        handle.write(_LENGTH.pack(len(index)))
        handle.write(index)
        for part in parts:
            handle.write(part)

    @staticmethod
    def shard_of(word: str, shard_count: int) -> int:
        return zlib.crc32(word.encode("utf-8", "surrogatepass")) % shard_count

    def _shard(self, word: str) -> dict[str, int]:
        index = self.shard_of(word, len(self._shards))
        shard = self._shards[index]
        if shard is None:
            start, end = self._shard_bounds[index]
            shard = self._shards[index] = marshal.loads(self._data[start:end])
        return shard

    def whole(self) -> dict[str, int]:
        """All forms in one dict; from now on `get` is its own."""
        if self._whole is None:
            start, end = self._whole_bounds
            self._whole = marshal.loads(self._data[start:end])
            self._shards = []
            self.get = self._whole.get  # type: ignore[method-assign]
        return self._whole

    def get(self, word: str, default: Any = None) -> Any:
        self._lookups += 1
        if self._lookups > WHOLE_AFTER_LOOKUPS:
            return self.whole().get(word, default)
        return self._shard(word).get(word, default)

    def __getitem__(self, word: str) -> int:
        if self._whole is not None:
            return self._whole[word]
        return self._shard(word)[word]

    def __contains__(self, word: object) -> bool:
        if self._whole is not None or not isinstance(word, str):
            return word in self.whole()
        return word in self._shard(word)

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())

    def keys(self):  # the dict's own views: Mapping's would look each form up again
        return self.whole().keys()

    def items(self):
        return self.whole().items()

    def values(self):
        return self.whole().values()


@lru_cache(maxsize=1)
def word_frequencies() -> WordCounts:
    """Normalized word form -> count in the news corpus (see the file's header): WordCounts over a
    memory map of its cache file, written on the first run."""
    source = data_path("ar_word_frequencies.tsv.gz")
    code = hashlib.sha1(marshal.dumps(_read_word_frequencies.__code__) + marshal.dumps(WordCounts.write.__code__))
    path = _cache_path(source, f"word-counts-{code.hexdigest()[:12]}.bin")
    try:
        with open(path, "rb") as handle:
            return WordCounts(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError, EOFError, TypeError, struct.error):
        pass
    written = io.BytesIO()
    WordCounts.write(_read_word_frequencies(source), written)
    _store(path, lambda handle: handle.write(written.getbuffer()))
    return WordCounts(written.getbuffer())


def _read_word_frequencies(path: Path) -> dict[str, int]:
    """The frequency file as one dict. The body is split in one call rather than row by row."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    body_start = 0
    while text.startswith("#", body_start):  # the header's comment lines
        body_start = text.index("\n", body_start) + 1
    cells = text[body_start:].split()
    if cells[:2] != ["word", "count"]:
        raise ValueError("ar_word_frequencies.tsv.gz: expected the columns word, count")
    return dict(zip(cells[2::2], map(int, cells[3::2])))


@lru_cache(maxsize=1)
def clitic_inventory() -> dict:
    """Proclitics and enclitics (extract/data/clitics.json)."""
    with open(data_path("clitics.json"), encoding="utf-8") as handle:
        return json.load(handle)


def _split_aliases(cell: str | None) -> list[str]:
    return [alias.strip() for alias in (cell or "").split("|") if alias.strip()]


def _aliases(row: dict[str, str]) -> list[str]:
    aliases = _split_aliases(row.get("aliases"))
    return aliases if row["name"] in aliases else [row["name"], *aliases]


def _coordinates_kind(kind: str) -> str:
    """What a hand-written row's coordinates are: an area's centre, or a town's point."""
    return "centroid" if kind in ("country", "region", "governorate") else "point"


def _split(value: str) -> list[str]:
    return [item for item in value.split("|") if item]


def _float_or_none(value: str) -> float | None:
    return float(value) if value.strip() else None


def _give_up_aliases(place: dict, aliases: list[str], by_alias: dict[str, dict]) -> None:
    """A hand-written place of another country takes these names from a listed place that shares them."""
    keys = set(map(normalize_string, aliases))
    place["aliases"] = [alias for alias in place["aliases"] if normalize_string(alias) not in keys]
    place["weak_aliases"] = [alias for alias in place["weak_aliases"] if normalize_string(alias) not in keys]
    for key in keys:
        by_alias.pop(key, None)


PLACE_FILES = ("places_ar.tsv", "places_admin1_ar.tsv", "places_admin_ar.tsv", "places_world_ar.tsv",
               "places_extra_ar.tsv", "places_variants_ar.tsv")


@lru_cache(maxsize=1)
def place_gazetteer() -> tuple[dict, ...]:
    """Places: name, name_en, kind, country, lat, lon, geonames_id, coordinates, aliases, shared_aliases,
    weak_aliases (GeoNames/CLDR, admin-1 units, smaller world cities, plus hand additions). Kept in
    cache_dir() (cached_load): merging the files row by row was a tenth of a run's start-up."""
    return cached_load("place-gazetteer", PLACE_FILES, _read_place_gazetteer)


def _read_place_gazetteer() -> tuple[dict, ...]:
    places: list[dict] = []
    by_alias: dict[str, dict] = {}
    for file_name in PLACE_FILES:
        for row in read_tsv(file_name):
            aliases = _aliases(row)
            if file_name != "places_extra_ar.tsv" and row["name"] in row.get("shared_aliases", "").split("|"):
                aliases.remove(row["name"])  # عمان names Amman, but Oman owns the alias
            existing = next((by_alias[key] for key in map(normalize_string, aliases) if key in by_alias), None)
            if existing is not None and file_name == "places_extra_ar.tsv" and row["country"] \
                    and existing["country"] and existing["country"] != row["country"]:
                _give_up_aliases(existing, aliases, by_alias)  # جربة is the Tunisian island, not a Somali town
                existing = None
            if existing is not None:
                existing["aliases"].extend(alias for alias in aliases if alias not in existing["aliases"])
                existing["weak_aliases"].extend(alias for alias in _split(row.get("weak_aliases", ""))
                                                if alias not in existing["weak_aliases"])
                if file_name == "places_extra_ar.tsv":  # hand-written names are the usual Arabic ones
                    existing.update(name=row["name"], kind=row["kind"])
                if existing["lat"] is None or file_name == "places_extra_ar.tsv" and existing["coordinates"] == "centroid":
                    existing["lat"], existing["lon"] = _float_or_none(row["lat"]), _float_or_none(row["lon"])
                    existing["coordinates"] = row.get("coordinates") or _coordinates_kind(row["kind"])
                place = existing
            else:
                place = {"name": row["name"], "name_en": row["name_en"], "kind": row["kind"],
                         "country": row["country"] or None, "lat": _float_or_none(row["lat"]),
                         "lon": _float_or_none(row["lon"]), "aliases": aliases,
                         "geonames_id": int(row["geonames_id"]) if row.get("geonames_id") else None,
                         # point: a GeoNames place; centroid: a country's or a unit's centre (hand-written ones too)
                         "coordinates": row.get("coordinates") or (_coordinates_kind(row["kind"]) if row["lat"].strip() else None),
                         "shared_aliases": _split(row.get("shared_aliases", "")),
                         "weak_aliases": _split(row.get("weak_aliases", ""))}
                places.append(place)
            for alias in place["aliases"]:
                by_alias.setdefault(normalize_string(alias), place)
    return tuple(places)


@lru_cache(maxsize=1)
def actor_lexicon() -> tuple[dict, ...]:
    """Actors: name, name_en, kind, aliases (extract/data/actors_ar.tsv)."""
    return tuple({"name": row["name"], "name_en": row["name_en"], "kind": row["kind"], "aliases": _aliases(row)}
                 for row in read_tsv("actors_ar.tsv"))


@lru_cache(maxsize=1)
def agent_lexicon() -> tuple[dict, ...]:
    """Chemical agents: name, name_en, class, cas, generic, aliases, context_aliases (extract/data/agents_ar.tsv)."""
    return tuple({"name": row["name"], "name_en": row["name_en"], "class": row["class"],
                  "cas": row["cas"] or None, "generic": row.get("generic") == "yes", "aliases": _aliases(row),
                  "context_aliases": _split_aliases(row.get("context_aliases"))}
                 for row in read_tsv("agents_ar.tsv"))


@lru_cache(maxsize=1)
def person_titles() -> tuple[str, ...]:
    """Titles and ranks that may precede a person's name (extract/data/titles_ar.tsv)."""
    return tuple(row["title_ar"] for row in read_tsv("titles_ar.tsv"))


@lru_cache(maxsize=1)
def frequency_total() -> int:
    """Word tokens counted in ar_word_frequencies.tsv.gz (the forms it keeps, MIN_COUNT and up)."""
    return word_frequencies().total


@lru_cache(maxsize=None)
def per_million(rate: float) -> int:
    """The count in the frequency file that `rate` occurrences per million words come to.

    Rules state corpus thresholds as rates so that they keep their meaning when the file is rebuilt
    from a larger or smaller corpus; on today's file each rate comes back to the count it replaced.
    """
    return round(rate * frequency_total() / 1_000_000)
