"""SQLAlchemy tables of the baocao database (tables only, no logic; never imports ``extractor``).

The schema arrives with the storage work; this package already exists so the
layout the project card names is in place and tested.
"""
