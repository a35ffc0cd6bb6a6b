"""The wheel carries the pattern data: build it, install it in a fresh virtualenv, parse a fixture."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import textwrap
import venv
from pathlib import Path

from .conftest import CORPUS, REPO


def test_wheel_ships_patterns_and_parses(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(REPO)],
        check=True,
    )
    wheel = next(dist.glob("baocao-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # Third-party dependencies come from this environment; baocao itself only from the wheel
    # (a path listed in a .pth file is added without processing that folder's own .pth files,
    # so the editable install of the checkout stays invisible).
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
    )
    script = textwrap.dedent(
        f"""
        import extractor, extractor.text.resources as r
        assert "site-packages" in extractor.__file__, extractor.__file__
        assert r.patterns_dir().name == "_patterns", r.patterns_dir()
        from extractor.read.parse import parse_file
        doc = parse_file({str(CORPUS / "002-ket-luan-huyen-uy.txt")!r})
        print(doc.metadata.doc_type, doc.metadata.number)
        """
    )
    out = subprocess.run([str(python), "-c", script], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.split() == ["KẾT", "LUẬN", "1066-KL/HU"]
