"""Reported speech, piece by piece: cue words by morphology (`cues`), quotation marks paired from
their neighbours (`marks`), where one report ends and the next begins (`clauses`), and the
speaker's noun phrase with agreement (`speakers`). `extract.extractors.quotes` puts them together."""
