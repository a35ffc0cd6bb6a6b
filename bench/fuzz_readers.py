"""The long mutation-fuzz campaign over the readers: ``make fuzz``.

The same cases as the CI fuzz test (``tests/test_fuzz_readers.py``, :mod:`tests.fuzz`), for
longer and from another seed, with the scanned PDFs too (read with ``--ocr never``, and one
scan case in a hundred read with OCR).  Prints the cases, outcomes, time and peak memory,
and every failure with the command that reproduces it; exits 1 when a case failed.

    python bench/fuzz_readers.py --seconds 600              # what `make fuzz` runs
    python bench/fuzz_readers.py --seconds 600 --seed 7     # another sequence of cases
    python bench/fuzz_readers.py --seconds 300 --extract    # also extract facts from every document
    python bench/fuzz_readers.py --help
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz import main  # the repository root is on the path now

LONG_CAMPAIGN = ["--seed", "1", "--seconds", "600", "--scans", "--ocr-every", "100"]

if __name__ == "__main__":
    sys.exit(main([*LONG_CAMPAIGN, *sys.argv[1:]]))
