"""The web app (``baocao web``): uploads read by warm worker processes, a report's findings
beside its page, review decisions, the batch view, queries and exports, the JSON API."""
