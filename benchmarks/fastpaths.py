"""What each fast path of exporter/_compat saves, per memo in a batch (and per fresh process).

    python benchmarks/fastpaths.py            # 30 rounds
    python benchmarks/fastpaths.py --rounds 60

In one process, the flagship's PDF (both locales) is rendered again and again, warm, as a batch
renders it; each round renders it with every fast path on, then with each one off alone, then with
all off; the CPU time of each configuration is the least over the rounds (the quietest run of a
shared machine).  A fast path that saves under a millisecond a memo does not earn its place.
The paths are those of ``exporter._compat.reportlab.FAST``: widths, heights, codes, text (our
font and text-object classes), frags and pdf (reportlab's hottest calls, on the rendering thread).
Then, as fresh processes: the ``faces`` path (a font family read from the cache, not parsed) and
the quick patterns of the ``brief`` command's imports (``_compat.quickre``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "samples" / "niger-us-cooperation.yaml"


def per_memo(rounds: int) -> None:
    from exporter._compat import reportlab as rl
    from exporter.checks.loading import load_file
    from exporter.config.style import load_style
    from exporter.pipeline.export import build_documents, renderer

    style = load_style("formal")
    docs = [doc for _, doc, _ in build_documents(load_file(SAMPLE), None, style)]
    render = renderer("pdf")
    paths = [p for p in rl.FAST if p != "faces"]  # faces: once per process, measured below
    configs = ["all on", *paths, "all off"]

    def configure(config: str) -> None:
        for path in rl.FAST:
            rl.FAST[path] = not (config == "all off" or config == path)

    def once() -> float:
        start = time.process_time()
        for doc in docs:
            render(doc, style)
        return (time.process_time() - start) / len(docs) * 1000

    for config in configs:  # warm every path (fonts, caches, the widths kept)
        configure(config)
        once()
    best = dict.fromkeys(configs, float("inf"))
    for _ in range(rounds):
        for config in configs:
            configure(config)
            best[config] = min(best[config], once())
    configure("all on")
    base = best["all on"]
    print(f"PDF of the flagship, warm, CPU ms a memo (least of {rounds} rounds): {base:.2f} with every fast path")
    for config in configs[1:]:
        label = f"{config} off" if config != "all off" else "all off"
        print(f"  {label:<16} {best[config]:7.2f}   saves {best[config] - base:+.2f} ms a memo")


def fresh(runs: int) -> None:
    """The two paths a fresh process pays for once: parsing the fonts, compiling the patterns."""
    code_faces = ("import os,time; from exporter.render.pdf.renderer import register_family; t=time.process_time(); "
                  "register_family('Liberation Serif'); register_family('Liberation Sans'); "
                  "print((time.process_time()-t)*1000)")
    code_imports = ("import time,sys; t=time.process_time(); import exporter._compat.quickre as q; "
                    "q.host() if sys.argv[1]=='1' else None; import exporter.render.pdf.renderer, exporter.source.yamlsource; "
                    "print((time.process_time()-t)*1000)")

    def run(code: str, *args: str, **env: str) -> float:
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **env})
        return float(out.stdout.strip().splitlines()[-1])

    with tempfile.TemporaryDirectory() as cache:
        run(code_faces, BRIEF_CACHE_DIR=cache)  # writes the cache
        cached = statistics.median(run(code_faces, BRIEF_CACHE_DIR=cache) for _ in range(runs))
        parsed = statistics.median(run(code_faces, BRIEF_CACHE_DIR="") for _ in range(runs))
    print(f"fresh process, two families registered: {cached:.1f} ms from the cache, {parsed:.1f} ms parsed "
          f"(faces saves {parsed - cached:+.1f} ms a process)")
    quick = statistics.median(run(code_imports, "1") for _ in range(runs))
    plain = statistics.median(run(code_imports, "0") for _ in range(runs))
    print(f"fresh process, importing the PDF renderer and PyYAML: {quick:.1f} ms with the quick patterns, "
          f"{plain:.1f} ms without (saves {plain - quick:+.1f} ms a process)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per figure")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}; {os.cpu_count()} CPUs")
    per_memo(args.rounds)
    fresh(args.runs)


if __name__ == "__main__":
    main()
