"""Coverage-guided fuzzing of ``parse_message`` and ``sanitize_html`` with atheris (libFuzzer).

Not a pytest module: run it by hand or in a nightly job, from the repository root::

    pip install atheris
    python tests/hostile/fuzz_atheris.py -atheris_runs=100000

Each input is parsed as a raw message and must pass ``invariants.message_problems``; the
same bytes, read as UTF-8, are sanitized as HTML and must pass the HTML audit. A problem
raises, which libFuzzer reports as a crash and saves as ``crash-<sha1>`` under the artifact
prefix (default: a fresh temporary directory, printed at start). Put the file into
``tests/hostile`` as a regression case once the parser is fixed.

The seed corpus is the shared real-world corpus (``shared/corpus-src``, mbox files split
into messages) plus the generated hostile corpus without its 50 MiB case, written into a
temporary directory that libFuzzer also uses for the new inputs it finds. Any libFuzzer
flag may be given (``-max_len``, ``-timeout``, ``-jobs``, corpus directories); defaults
here: ``-max_len=65536 -timeout=30 -rss_limit_mb=4096``.
"""

from __future__ import annotations

import mailbox
import sys
import tempfile
from hashlib import sha1
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports(include=["console.mail"]):
    from console.mail.html import sanitize_html
    from console.mail.parse import parse_message

from tests.hostile.corpus import small_cases  # noqa: E402
from tests.hostile.html_audit import html_violations  # noqa: E402
from tests.hostile.invariants import message_problems  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus-src"
DEFAULTS = ("-max_len=65536", "-timeout=30", "-rss_limit_mb=4096")


def seed_messages() -> list[bytes]:
    found: list[bytes] = []
    if CORPUS.is_dir():
        for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md"):
            if path.name.endswith((".mbox", ".mbox.txt")):
                found += [m.as_bytes() for m in mailbox.mbox(str(path), create=False)]
            else:
                found.append(path.read_bytes())
    found += [case.build() for case in small_cases()]
    return found


def write_seeds(directory: Path) -> int:
    for raw in seed_messages():
        (directory / sha1(raw, usedforsecurity=False).hexdigest()).write_bytes(raw)
    return len(list(directory.iterdir()))


def test_one_input(data: bytes) -> None:
    problems = message_problems(parse_message(data))
    if problems:
        raise AssertionError(f"parse_message: {problems[:5]}")
    cleaned, _remote = sanitize_html(data.decode("utf-8", errors="replace"))
    violations = html_violations(cleaned)
    if violations:
        raise AssertionError(f"sanitize_html: {violations[:5]}")


def main() -> None:
    argv = list(sys.argv)
    flags = [arg for arg in argv[1:] if arg.startswith("-")]
    for default in DEFAULTS:
        if not any(flag.startswith(default.split("=", 1)[0] + "=") for flag in flags):
            argv.append(default)
    if not any(arg.startswith("-artifact_prefix=") for arg in flags):
        artifacts = tempfile.mkdtemp(prefix="shopkeeper-atheris-artifacts-")
        argv.append(f"-artifact_prefix={artifacts}/")
        print(f"crash inputs go to {artifacts}", file=sys.stderr)
    if not any(not arg.startswith("-") for arg in argv[1:]):
        seeds = Path(tempfile.mkdtemp(prefix="shopkeeper-atheris-corpus-"))
        print(f"seeded {write_seeds(seeds)} inputs into {seeds}", file=sys.stderr)
        argv.append(str(seeds))
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
