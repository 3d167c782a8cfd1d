"""Measure brief on the machine at hand, against the budget of issue #8.

    python benchmarks/run.py            # 7 runs of each, medians
    python benchmarks/run.py --runs 3   # quicker

Prints the machine, then: one memo to one format as a fresh process (and pandoc's markdown → docx
for a memo of the same size, when pandoc is installed, with the ratio); both formats and both
locales; `brief --help` and `brief validate`; the cost per file in a batch at --jobs 1 and the
throughput at --jobs 1, 2, N; peak memory; output sizes; how fast hostile files are refused.
Everything runs through the installed `brief` command of this interpreter (``python -m exporter``),
with the package's bytecode written first, as ``pip install`` writes it: an editable install run
with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module of the package on every run.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "niger-us-cooperation.yaml"
BRIEF = [sys.executable, "-m", "exporter"]
# Runs the command, then prints its wall time and the peak RSS of its processes: timing inside this
# wrapper leaves the wrapper's own start-up out of the figure.
PEAK = ("import resource,subprocess,sys,time; t=time.perf_counter(); r=subprocess.run(sys.argv[1:]); "
        "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")


def compile_package() -> None:
    """Write the package's bytecode next to its sources, as ``pip install`` does at install time."""
    import compileall

    import exporter

    compileall.compile_dir(Path(exporter.__file__).parent, quiet=1)


def timed(command: list[str], runs: int, cwd: Path, env: dict | None = None,
          exits: tuple[int, ...] = (0,)) -> tuple[float, int]:
    """Median wall time of ``command`` over ``runs`` runs, and the peak RSS (KiB) of its processes;
    any exit code but ``exits`` stops the benchmark (a run that failed measures nothing)."""
    times, peak = [], 0
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", PEAK, *command], cwd=cwd, capture_output=True, text=True, env=env)
        if done.returncode not in exits:
            raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr}")
        elapsed, rss = done.stdout.strip().splitlines()[-1].split()
        times.append(float(elapsed))
        peak = max(peak, int(rss))
    return statistics.median(times), peak


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(next(row for row in Path("/proc/meminfo").read_text().splitlines() if row.startswith("MemTotal")).split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    from importlib.metadata import version

    libs = ", ".join(f"{p} {version(p)}" for p in ("reportlab", "python-docx", "babel", "typer", "PyYAML", "pyphen"))
    accel = "yes" if _has("_rl_accel") else "no"
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{memory}\n"
            f"Python {platform.python_version()}; {libs}; reportlab accel: {accel}")


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


def memo_markdown(path: Path) -> None:
    """The flagship memo's English text as markdown, the same size as the memo, for pandoc."""
    sys.path.insert(0, str(ROOT))
    from exporter.checks.loading import load_file
    from exporter.config.style import load_style
    from exporter.pipeline.export import build_documents
    from exporter.tree import Heading, ListBlock, Paragraph, RoutingBlock, Table, inline_text

    _, doc, _ = next(build_documents(load_file(SAMPLE), ["en"], load_style("formal")))
    out = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            out.append("# " + inline_text(block.content))
        elif isinstance(block, Paragraph):
            out.append(inline_text(block.content))
        elif isinstance(block, RoutingBlock):
            out.extend(f"**{label}** {inline_text(value)}  " for label, value in block.rows)
        elif isinstance(block, ListBlock):
            out.extend(("1. " if block.ordered else "- ") + inline_text(i.content) for i in block.items)
        elif isinstance(block, Table):
            out.append("| " + " | ".join(inline_text(c) for c in block.header) + " |")
            out.append("|" + "---|" * len(block.header))
            out.extend("| " + " | ".join(inline_text(c).replace("\n", " ") for c in row) + " |" for row in block.rows)
        out.append("")
    path.write_text("\n".join(out), "utf-8")


def batch_folder(folder: Path, count: int) -> None:
    """``count`` copies of the flagship under other ids, with the article they link beside them."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLE.parent / "article-niger-us-cooperation.fr.txt", folder)
    text = SAMPLE.read_text("utf-8")
    for i in range(count):
        (folder / f"b{i:03d}.yaml").write_text(text.replace("id: niger-us-cooperation", f"id: b{i:03d}"), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--briefs", type=int, default=40)
    args = parser.parse_args()
    runs = args.runs
    work = Path(tempfile.mkdtemp(prefix="brief-bench-"))
    env = {**os.environ, "CI": "1"}
    checks: list[tuple[str, bool]] = []
    print("machine:", machine())
    print(f"runs: {runs}, medians\n")
    compile_package()

    pdf_fr, peak_single = timed([*BRIEF, "export", str(SAMPLE), "-f", "pdf", "-l", "fr", "-o", "o", "-q"], runs, work, env)
    print(f"one memo → PDF (fr), fresh process      {pdf_fr * 1000:7.0f} ms   peak {peak_single / 1024:5.0f} MB")
    pdf_en, _ = timed([*BRIEF, "export", str(SAMPLE), "-f", "pdf", "-l", "en", "-o", "o", "-q"], runs, work, env)
    print(f"one memo → PDF (en), fresh process      {pdf_en * 1000:7.0f} ms")
    single = max(pdf_fr, pdf_en)
    docx_only, _ = timed([*BRIEF, "export", str(SAMPLE), "-f", "docx", "-l", "fr", "-o", "o", "-q"], runs, work, env)
    print(f"one memo → DOCX, fresh process          {docx_only * 1000:7.0f} ms")
    both, peak_both = timed([*BRIEF, "export", str(SAMPLE), "-o", "o", "-q"], runs, work, env)
    print(f"2 locales × 2 formats, fresh process    {both * 1000:7.0f} ms   peak {peak_both / 1024:5.0f} MB")
    help_t, _ = timed([*BRIEF, "--help"], runs, work, env)
    validate_t, _ = timed([*BRIEF, "validate", str(SAMPLE)], runs, work, env)
    print(f"brief --help                            {help_t * 1000:7.0f} ms")
    print(f"brief validate                          {validate_t * 1000:7.0f} ms")

    pandoc = shutil.which("pandoc")
    if pandoc:
        memo_markdown(work / "memo.md")
        pandoc_t, _ = timed([pandoc, "memo.md", "-o", "memo.docx"], runs, work)
        ratio = single / pandoc_t
        print(f"pandoc markdown → docx, same memo       {pandoc_t * 1000:7.0f} ms   "
              f"slower brief PDF / pandoc = {ratio:.1f}×")
        checks.append((f"one PDF as a fresh process ≤ 4× pandoc ({ratio:.1f}×)", ratio <= 4))
    else:
        print("pandoc not installed: no comparison")
    checks.append((f"one PDF as a fresh process ≤ 0.4 s ({single:.2f} s)", single <= 0.4))

    batch_folder(work / "briefs", args.briefs)
    files = args.briefs * 4
    print(f"\nbatch of {args.briefs} briefs ({files} files: fr, en × pdf, docx)")
    results = {}
    for jobs in sorted({1, 2, os.cpu_count() or 1}):
        elapsed, peak = timed([*BRIEF, "export", "briefs", "-o", f"out{jobs}", "-q", "--jobs", str(jobs)], max(1, runs // 2), work, env)
        results[jobs] = elapsed
        print(f"  --jobs {jobs}: {elapsed:6.2f} s   {files / elapsed:6.1f} files/s   peak {peak / 1024:5.0f} MB per process")
        checks.append((f"peak memory ≤ 200 MB at --jobs {jobs} ({peak / 1024:.0f} MB)", peak / 1024 <= 200))
    # The cost of each further file: the slope between half the batch and the whole batch, which
    # leaves start-up (imports, fonts, templates) out of the figure.
    half = args.briefs // 2
    batch_folder(work / "half", half)
    half_time, _ = timed([*BRIEF, "export", "half", "-o", "outhalf", "-q", "--jobs", "1"], max(1, runs // 2), work, env)
    per_file = (results[1] - half_time) / ((args.briefs - half) * 4)
    print(f"  each further file at --jobs 1: {per_file * 1000:.1f} ms (slope between {half} and {args.briefs} briefs)")
    checks.append((f"each further file ≤ 20 ms at --jobs 1 ({per_file * 1000:.1f} ms)", per_file <= 0.020))
    if 2 in results:
        share = results[2] / results[1]
        checks.append((f"--jobs 2 ≤ 0.75 × --jobs 1 ({share:.2f})", share <= 0.75))

    print("\noutput sizes")
    for path in sorted((work / "o").iterdir()):
        print(f"  {path.name:40s} {path.stat().st_size:8,d} bytes")
        if path.suffix == ".pdf":
            checks.append((f"{path.name} ≤ 60,000 bytes", path.stat().st_size <= 60_000))  # tagged: issue #14

    print("\nrefusals (file named, non-zero exit)")
    (work / "huge.yaml").write_bytes(b"summary: " + b"x" * 30_000_000 + b"\n")
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9) + "]" for i in range(1, 10)]
    (work / "bomb.yaml").write_text("\n".join(bomb), "utf-8")
    for name in ("huge.yaml", "bomb.yaml"):
        elapsed, _ = timed([*BRIEF, "validate", name], 1, work, env, exits=(1,))
        print(f"  {name:12s} refused in {elapsed * 1000:5.0f} ms (fresh process)")
        checks.append((f"{name} refused within a second", elapsed < 1.0))

    print("\nbudget")
    for label, ok in checks:
        print(f"  {'PASS' if ok else 'FAIL'}  {label}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
