"""What every later stage reads text with.

* :mod:`~extractor.text.regexes`: every regular expression of the project, built from small
  named helpers and from the pattern data.
* :mod:`~extractor.text.values`: Vietnamese numbers, quantities, dates and periods
  (types in :mod:`~extractor.text.quantities`).
* :mod:`~extractor.text.resources`, :mod:`~extractor.text.vocabulary`,
  :mod:`~extractor.text.cues`: pattern data loaded and compiled once.
* :mod:`~extractor.text.nlp`: the spaCy span ruler over the vocabularies and underthesea head
  nouns (imported only by the stages that need them: it loads spaCy).
"""
