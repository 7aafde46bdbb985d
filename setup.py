"""The one compiled part: the CRF decoders' position loops (extract/ner/_chain.c), optional.

Everything else is in pyproject.toml. The extension uses only the Python C API (no numpy headers),
and `optional=True` lets an install without a C compiler go on without it: extract/ner/crf.py then
runs the same loops in numpy (about 15% slower overall, the same paths).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("extract.ner._chain", ["extract/ner/_chain.c"], optional=True,
                             extra_compile_args=["-O3", "-ffp-contract=off"])])
