from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
CORPUS = REPO / "corpus"
NAMES = [
    "000-bao-cao-tong-ket-ha-tinh",
    "001-bao-cao-so-ket-bac-giang",
    "002-ket-luan-huyen-uy",
    "003-bao-cao-so-ket-kien-giang",
    "004-chi-thi-sinh-hoat-chi-bo",
]


@pytest.fixture(scope="session")
def parsed():
    """Parse a corpus file once per test session: parsed("003-…", "pdf")."""
    from extractor.pipeline import parse_file

    cache: dict[tuple[str, str], object] = {}

    def get(name: str, fmt: str):
        key = (name, fmt)
        if key not in cache:
            cache[key] = parse_file(CORPUS / f"{name}.{fmt}")
        return cache[key]

    return get
