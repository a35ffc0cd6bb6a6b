"""Evaluation beside the pipeline: gold files and scores (:mod:`~extractor.evaluate.scores`),
the checker scored on gold relations (:mod:`~extractor.evaluate.checker`), and the
``baocao eval`` run over a corpus (:mod:`~extractor.evaluate.run`)."""
