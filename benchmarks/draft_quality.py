"""Precision and recall of `brief draft`'s extraction on the annotated test articles, per half.

    python benchmarks/draft_quality.py        # the tables of the README's "How well it extracts"

The corpus (tests/articles/annotations.yaml) has a tuning half, which the rules were written
against, and a held-out half (`held_out: true`), chosen before the rules were changed and never
tuned on: each half is reported on its own, French, English and both.  Rules alone, then rules
with spaCy's French pipeline when it is installed (`pip install '.[draft]'`).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.draft_eval import evaluate, held_out, totals  # noqa: E402


def main() -> None:
    from exporter.draft import nlp

    with tempfile.TemporaryDirectory() as tmp:
        runs = [("rules", evaluate(Path(tmp), nlp=False))]
        started = time.perf_counter()
        have_spacy = nlp.load("fr") is not None
        load_time = time.perf_counter() - started
        if have_spacy:
            runs.append(("rules + spaCy", evaluate(Path(tmp), nlp=True)))
    held = held_out()
    halves = (("tuning", set(runs[0][1]) - held), ("held-out", held))
    batches = tuple((f"held-out, batch {n}", held_out(n)) for n in range(1, 62))
    for half, names in halves:
        print(f"\n**{half}** ({len(names)} articles)\n")
        print("| article | extraction | quotes P / R | figures P / R | actors P / R |")
        print("|---|---|---|---|---|")
        for name in runs[0][1]:
            if name not in names:
                continue
            for label, results in runs:
                s = results[name]
                print(f"| {name} | {label} | {s['quotes'].cell()} | {s['figures'].cell()} | {s['actors'].cell()} |")
        for prefix, title in (("fr", "French"), ("en", "English"), ("", "all")):
            for label, results in runs:
                s = totals(results, prefix, names)
                print(f"| **{half}, {title}** | {label} | {s['quotes'].cell()} | {s['figures'].cell()} | {s['actors'].cell()} |")
    print("\n| held-out batch | extraction | quotes P / R | figures P / R | actors P / R |")
    print("|---|---|---|---|---|")
    for title, names in batches:
        for label, results in runs:
            s = totals(results, "", names)
            print(f"| {title} ({len(names)}) | {label} | {s['quotes'].cell()} | {s['figures'].cell()} | {s['actors'].cell()} |")
    if have_spacy:
        print(f"\nspaCy pipeline load: {load_time:.1f} s")


if __name__ == "__main__":
    main()
