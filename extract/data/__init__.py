"""The data files the package ships (lexicons, gazetteers, models; their sources in SOURCES.md).

They are found next to this module, in the installed package itself: importlib.resources gives the
same folder for an installed package, but its import and its first lookup were a twentieth of a
one-file run's start-up.
"""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
