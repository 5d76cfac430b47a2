"""The first name search of a branch morning: a million members, a cold disk cache.

Run by hand as root (dropping the page cache needs it; not part of the test run)::

    vokasi-desktop demo --members 1000000 --db /tmp/h9-1m.db      # ~15 minutes here
    sudo python tests/benchmarks/bench_cold_search.py /tmp/h9-1m.db [--word wahyu] [--repeat 3]

Each round drops the page cache (``sync; echo 3 > /proc/sys/vm/drop_caches``), opens the
database and times, for the members page's query (name order, the default sort):

- first screen: ``browse.member_ids`` until its first batch of ids arrives, plus
  ``member_rows`` for the first 50 of them (what the table paints first);
- all ids: until every matching id is read;
- count: ``browse.member_count`` (the footer), cold on its own.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import time
from array import array

from vokasi_desktop.db.engine import open_database
from vokasi_desktop.services import browse


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    with open("/proc/sys/vm/drop_caches", "w") as f:
        f.write("3\n")


def one_round(path: str, word: str, cold: bool) -> dict[str, float]:
    if cold:
        drop_caches()
    db = open_database(path)
    try:
        flt = browse.MemberFilter(text=word)
        t0 = time.perf_counter()
        first: dict[str, float] = {}
        got: array[int] = array("q")

        def on_batch(chunk: array[int]) -> None:
            if "ids" not in first:
                first["ids"] = time.perf_counter() - t0
                rows = browse.member_rows(db, chunk[:50])
                first["screen"] = time.perf_counter() - t0
                first["rows"] = len(rows)
            got.extend(chunk)

        ids = browse.member_ids(db, flt, "name", on_batch=on_batch)
        total = time.perf_counter() - t0
        if cold:
            db.dispose() if hasattr(db, "dispose") else None
            drop_caches()
        t1 = time.perf_counter()
        count = browse.member_count(db, flt)
        count_s = time.perf_counter() - t1
        return {"first_screen": first.get("screen", total), "all_ids": total,
                "count": count_s, "matches": float(len(ids)), "count_value": float(count)}
    finally:
        if hasattr(db, "close"):
            db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db")
    parser.add_argument("--word", default="wahyu")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for cold in (True, False):
        runs = [one_round(args.db, args.word, cold) for _ in range(args.repeat)]
        label = "cold" if cold else "warm"
        print(f"{label}: {args.word!r}, {int(runs[0]['matches'])} matches "
              f"(count {int(runs[0]['count_value'])})")
        for key in ("first_screen", "all_ids", "count"):
            values = [r[key] for r in runs]
            print(f"  {key:13s} median {statistics.median(values):.3f} s  "
                  f"(runs: {', '.join(f'{v:.3f}' for v in values)})")


if __name__ == "__main__":
    main()
