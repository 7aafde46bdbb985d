"""Compact stores for the large word tables: sorted Arabic word forms packed one byte a letter, and
rows of a stored array read from its file on demand.

A numpy array of Python-style strings ("<U19") spends four bytes a letter, padded to the longest
form; the frequent-word table's 161,000 forms took 12 MB that way, and a binary search over them
touched most of its pages within a few hundred articles. Every form of those tables is a run of
letters of the Arabic block (U+0621 to U+06FF), so each letter fits one byte (its code point less
U+0600), and byte order is code-point order: the packed forms sort as the strings did, and one
numpy binary search finds a document's new forms. A form with any other letter cannot be among
packed keys (pack_words gives None for such a key list, and callers keep the strings then).

A memory-mapped file counts in a process's resident memory for every page it touches, and the
kernel maps the pages around each touched one too: a few hundred articles' words touched nearly all
of the 55 MB of the CRF's stored word scores. StoredRows reads only the rows asked for (os.pread)
into the process's own, bounded caches; the file's pages stay in the page cache, shared and not
counted.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

ARABIC_BLOCK = 0x0600
# The letters a packed form may hold: one byte each, never zero (numpy's bytes strip trailing zeros).
_PACKABLE = re.compile("[\u0601-\u06ff]+")


def packable(word: str) -> bool:
    """Whether `word` can be packed: a non-empty run of letters of the Arabic block."""
    return _PACKABLE.fullmatch(word) is not None


def pack_words(words: Sequence[str]) -> "np.ndarray | None":
    """The words as a numpy bytes array, one byte a letter (its code point less U+0600), in the same
    order; None when one of them is not packable (an empty list packs to an empty array)."""
    import numpy as np

    if not all(map(packable, words)):
        return None
    width = max(map(len, words), default=1)
    codes = np.array(words, dtype=f"<U{width}").view(np.uint32).reshape(len(words), width)
    # Padding is zero in both encodings: a letter maps to 1..255, the padding stays 0.
    letters = np.where(codes > 0, codes - ARABIC_BLOCK, 0).astype(np.uint8)
    return letters.view(f"S{width}").reshape(len(words))


def unpack_word(packed: bytes) -> str:
    """The word that pack_words packed into `packed`."""
    return "".join(chr(ARABIC_BLOCK + byte) for byte in packed)


class PackedWords:
    """A sorted numpy array of keys, packed (pack_words) or plain strings, and their binary search.
    Of equal keys, `find` gives the last (as a dict built from the rows in order keeps it)."""

    def __init__(self, keys: "np.ndarray"):
        self.keys = keys
        self.packed = keys.dtype.kind == "S"
        self.width = keys.dtype.itemsize // (1 if self.packed else 4)

    def __len__(self) -> int:
        return len(self.keys)

    def word(self, row: int) -> str:
        """The key at `row`, as a string."""
        key = self.keys[row]
        return unpack_word(key) if self.packed else str(key)

    def words(self) -> list[str]:
        return [unpack_word(key) for key in self.keys.tolist()] if self.packed else self.keys.tolist()

    def find(self, words: Sequence[str]) -> dict[str, int]:
        """The row of each of `words` that is a key (the last of equal keys); absent words are left out."""
        import numpy as np

        searched = [word for word in words if len(word) <= self.width and (not self.packed or packable(word))]
        if not searched or not len(self.keys):
            return {}
        wanted = (pack_words(searched) if self.packed else np.array(searched)).astype(self.keys.dtype)
        rows = np.searchsorted(self.keys, wanted, side="right") - 1
        hits = (rows >= 0) & (self.keys[np.maximum(rows, 0)] == wanted)
        return {word: row for word, row, hit in zip(searched, rows.tolist(), hits.tolist()) if hit}


def packed_or_plain(words: Sequence[str]) -> "np.ndarray":
    """pack_words(words), or the plain string array where a word cannot be packed."""
    import numpy as np

    packed = pack_words(words)
    return packed if packed is not None else np.array(words)


class StoredRows:
    """The rows of a 2-or-more-dimensional array saved as a .npy file (numpy.save, C order), read
    from the file when asked for, never mapped. The file stays open: a cache file removed by another
    process is still read (POSIX)."""

    def __init__(self, path: str | os.PathLike):
        import numpy as np

        with open(path, "rb") as handle:
            version = np.lib.format.read_magic(handle)
            read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else \
                np.lib.format.read_array_header_2_0
            shape, fortran, dtype = read_header(handle)
            self._offset = handle.tell()
        if fortran or len(shape) < 2:
            raise ValueError(f"{Path(path).name}: expected a C-order array of rows")
        self.shape, self.dtype = tuple(shape), np.dtype(dtype)
        self._row_bytes = self.dtype.itemsize * int(np.prod(shape[1:]))
        self._fd = os.open(path, os.O_RDONLY)
        if os.fstat(self._fd).st_size < self._offset + self._row_bytes * shape[0]:
            os.close(self._fd)
            raise ValueError(f"{Path(path).name}: shorter than its header says")

    def __len__(self) -> int:
        return self.shape[0]

    def read(self, rows: Sequence[int]) -> "np.ndarray":
        """The rows at these indices, in this order, as a new read-only (len(rows), *shape[1:]) array."""
        import numpy as np

        size, offset = self._row_bytes, self._offset
        data = b"".join(_read_at(self._fd, size, offset + row * size) for row in rows)
        return np.frombuffer(data, dtype=self.dtype).reshape(len(rows), *self.shape[1:])

    def __del__(self) -> None:
        fd = getattr(self, "_fd", None)
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass


def _read_at(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        data = os.pread(fd, size, offset)
    else:  # no pread (Windows): seek and read, in the one thread that tags
        os.lseek(fd, offset, os.SEEK_SET)
        data = os.read(fd, size)
    if len(data) != size:
        raise OSError(f"short read at byte {offset}")
    return data
