"""Time `brief draft --rules-only` on a 1 MB article, in French and in English (issue 21's goal:
under a second).

    python benchmarks/draft_speed.py              # 5 runs of each: the least CPU time and the least wall time
    python benchmarks/draft_speed.py --callgrind  # instructions of one run of each (valgrind)

The article is the corpus's own articles of that language (tests/articles: the held-out batches 1–16
and the articles that are in no held-out batch, a set fixed as long as no tuning article is added),
their paragraphs in file order, two by two (the corpus's paragraphs are short: 2,000 of them make
only 0.6 MB), repeated up to the reader's limits, 2,000 paragraphs or 1,000,000 characters, whichever
comes first: 1.04 MB in French, 0.93 MB in English — so the text is the house styles the rules meet,
not a synthetic one. The whole command is measured, as a user runs it: start, imports, reading,
extraction, writing the draft and loading it back.

Timings on a shared machine vary by a third from one run to the next; instructions counted by
callgrind do not (the same binary, input and environment give the same count), so compare two
versions of the rules with ``--callgrind``.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from run import BRIEF, compile_package  # noqa: E402  (benchmarks/run.py: the same command, compiled as installed)

from exporter.draft.read import MAX_PARAGRAPHS, MAX_TEXT_CHARS, read_article  # noqa: E402

# The articles the 1 MB text is made of: the tuning half and held-out batches 1–16, a set that does
# not grow with the corpus, so that runs of later versions read the same text.
_GOLD = yaml.safe_load((ROOT / "tests" / "articles" / "annotations.yaml").read_text("utf-8"))
FIXED_SET = {name for name, gold in _GOLD.items() if not gold.get("held_out") or gold.get("batch", 1) <= 16}


def build(lang: str, folder: Path) -> Path:
    """A 1 MB article of the corpus's ``lang`` articles repeated, as a plain-text file."""
    paragraphs: list[str] = []
    for path in sorted((ROOT / "tests" / "articles").glob(f"{lang}-*")):
        if path.stem not in FIXED_SET:
            continue
        read = read_article(path).paragraphs
        paragraphs += [" ".join(read[i:i + 2]) for i in range(0, len(read), 2)]
    if not paragraphs:
        raise SystemExit(f"no {lang} article in tests/articles")
    out: list[str] = []
    size = 0
    while True:
        for p in paragraphs:
            if len(out) + 1 >= MAX_PARAGRAPHS or size + len(p) + 2 > MAX_TEXT_CHARS - 200:
                path = folder / f"big-{lang}.txt"
                path.write_text("Headline of a long article\n\n" + "\n\n".join(out) + "\n", "utf-8")
                return path
            out.append(p)
            size += len(p) + 2


def run_once(article: Path, lang: str, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `brief draft --rules-only` in a fresh process."""
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([*BRIEF, "draft", str(article), "--lang", lang, "--rules-only", "-o", str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def callgrind(article: Path, lang: str, out: Path) -> int:
    """Instructions of one run under valgrind's callgrind (the whole command)."""
    shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.cg", *BRIEF, "draft", str(article),
         "--lang", lang, "--rules-only", "-o", str(out)],
        check=True, capture_output=True, text=True)
    for line in result.stderr.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1].strip())
    raise RuntimeError("callgrind printed no total")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--callgrind", action="store_true", help="count instructions instead (valgrind)")
    args = parser.parse_args()
    compile_package()
    env_note = "PYTHONHASHSEED=0 " if args.callgrind else ""
    if args.callgrind:
        os.environ["PYTHONHASHSEED"] = "0"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in ("fr", "en"):
            article = build(lang, folder)
            size = article.stat().st_size
            if args.callgrind:
                count = callgrind(article, lang, folder / f"out-{lang}")
                print(f"{env_note}{lang}: {size / 1e6:.2f} MB, {count / 1e9:.2f} G instructions")
                continue
            runs = [run_once(article, lang, folder / f"out-{lang}") for _ in range(args.runs)]
            wall = min(r[0] for r in runs)
            cpu = min(r[1] for r in runs)
            print(f"{lang}: {size / 1e6:.2f} MB, {args.runs} runs: least {cpu:.2f} s CPU, least {wall:.2f} s wall")


if __name__ == "__main__":
    main()
