"""Precision and recall of `brief draft`'s extraction on the annotated test articles.

    python benchmarks/draft_quality.py        # the table of the README's "brief draft" section

Rules alone, then rules with spaCy's French pipeline when it is installed (`pip install '.[draft]'`).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.draft_eval import evaluate, totals  # noqa: E402


def main() -> None:
    from exporter.draft import nlp

    with tempfile.TemporaryDirectory() as tmp:
        runs = [("rules", evaluate(Path(tmp), nlp=False))]
        started = time.perf_counter()
        have_spacy = nlp.load("fr") is not None
        load_time = time.perf_counter() - started
        if have_spacy:
            runs.append(("rules + spaCy", evaluate(Path(tmp), nlp=True)))
    print("| article | extraction | quotes P / R | figures P / R | actors P / R |")
    print("|---|---|---|---|---|")
    for name in runs[0][1]:
        for label, results in runs:
            s = results[name]
            print(f"| {name} | {label} | {s['quotes'].cell()} | {s['figures'].cell()} | {s['actors'].cell()} |")
    for prefix, title in (("fr", "all French"), ("en", "all English"), ("", "all")):
        for label, results in runs:
            s = totals(results, prefix)
            print(f"| **{title}** | {label} | {s['quotes'].cell()} | {s['figures'].cell()} | {s['actors'].cell()} |")
    if have_spacy:
        print(f"\nspaCy pipeline load: {load_time:.1f} s")


if __name__ == "__main__":
    main()
