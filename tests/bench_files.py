"""Benchmark rows for loading a learner's flywheel file (imported by tests/benchmark.py).

``run()`` returns one row per measurement; run this file directly to print them. Figures are
printed, never asserted. Target: ≤ 1 s for each.

* **The largest valid file.** ``own_flywheel.MAX_BYTES`` is 1,000,000 bytes, with at most
  ``MAX_FACTORS`` = 12 factors and ``MAX_LINKS`` = 132 links (every ordered pair once). Such a
  wheel alone is about 11 kB, so the files are padded to just under the byte limit with what the
  format allows besides links: the optional ``note`` column (CSV) or ``note`` key (JSON) on every
  link, and in JSON also a ``description``. Loading checks every cell and builds the flywheel
  (its loops are found later, on first use: not timed here).
* **A 1 MB file wrong in its last row** (a link to a factor it does not declare): read and
  checked to the end, then refused.
* **A 50 MB file** (real bytes, the CSV above 50 times, not a sparse file; also as
  ``.json``): refused from its size before a byte is read.
"""
from __future__ import annotations

import csv
import io
import json
import statistics
import tempfile
from itertools import permutations
from pathlib import Path

from bench_loops import _times   # (tests/ is on sys.path for every bench module)


def _row(what: str, times: list[float], size: int) -> dict:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return {"what": what, "bytes": size, "p50_ms": round(statistics.median(ms), 3),
            "p95_ms": round(p95, 3), "n": len(ms), "target": "≤ 1 s"}


def wheel(width: int = 40) -> tuple[list[str], list[tuple]]:
    """12 factors with names of ``width`` characters and all 132 links between them."""
    io_ = _io()
    factors = [f"factor {k:02d} ".ljust(width, "x")[:width] for k in range(io_.MAX_FACTORS)]
    links = [(s, t, "+", 0.05 + 0.001 * k, k % 25)
             for k, (s, t) in enumerate(permutations(factors, 2))]
    assert len(links) == io_.MAX_LINKS
    return factors, links


def _io():
    from flywheel_lib.models import own_flywheel
    return own_flywheel


def _pad(size_of, limit: int) -> int:
    """The largest note length ``n`` with ``size_of(n) <= limit`` (size_of grows with n)."""
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if size_of(mid) <= limit:
            low = mid
        else:
            high = mid - 1
    return low


def big_csv(limit: int, extra_factor: bool = False) -> bytes:
    """The largest CSV flywheel of at most ``limit`` bytes (a note on every link); with
    ``extra_factor`` its last row links to a factor not declared (refused, but only there)."""
    factors, links = wheel()

    def text(n: int) -> bytes:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["source", "target", "sign", "strength", "delay", "note"])
        for f in factors:
            w.writerow([f, "", "", "", "", ""])
        note = ("why this link holds: " * (n // 21 + 1))[:n]
        rows = links[:-1] + [(links[-1][0], "a factor not declared", "+", 0.1, 0)] \
            if extra_factor else links
        for s, t, sign, strength, delay in rows:
            w.writerow([s, t, sign, strength, delay, note])
        return buf.getvalue().encode("utf-8")

    return text(_pad(lambda n: len(text(n)), limit))


def big_json(limit: int) -> bytes:
    """The largest JSON flywheel of at most ``limit`` bytes (a note on every link, and a
    description as long as one note)."""
    factors, links = wheel()

    def text(n: int) -> bytes:
        note = ("why this link holds: " * (n // 21 + 1))[:n]
        spec = {"name": "big_wheel", "description": note, "factors": factors,
                "links": [{"source": s, "target": t, "sign": sign, "strength": strength,
                           "delay": delay, "note": note}
                          for s, t, sign, strength, delay in links]}
        return (json.dumps(spec, indent=1, ensure_ascii=False) + "\n").encode("utf-8")

    return text(_pad(lambda n: len(text(n)), limit))


def run(repeat: int = 5) -> list[dict]:
    own_flywheel = _io()
    limit = own_flywheel.MAX_BYTES
    rows = []
    with tempfile.TemporaryDirectory(prefix="flywheel-bench-files-") as tmp:
        folder = Path(tmp)
        files = {"big.csv": big_csv(limit), "big.json": big_json(limit),
                 "wrong_at_the_end.csv": big_csv(limit, extra_factor=True)}
        for name, data in files.items():
            (folder / name).write_bytes(data)
        unit = files["big.csv"]
        for name in ("huge.csv", "huge.json"):
            with open(folder / name, "wb") as fh:
                for _ in range(50_000_000 // len(unit)):
                    fh.write(unit)
                fh.write(unit[:50_000_000 % len(unit)])

        def load(name):
            return lambda: own_flywheel.load(folder / name)

        def refuse(name):
            def attempt():
                try:
                    own_flywheel.load(folder / name)
                except own_flywheel.FlywheelError:
                    return
                raise AssertionError(f"{name} was not refused")
            return attempt

        for name in ("big.csv", "big.json"):
            wheel_ = own_flywheel.load(folder / name)          # (warm-up, and: it is valid)
            assert len(wheel_.links) == own_flywheel.MAX_LINKS
            rows.append(_row(f"load the largest valid {name[-4:].upper().strip('.')} "
                             f"({own_flywheel.MAX_FACTORS} factors, {len(wheel_.links)} links, "
                             f"a note on each link)", _times(load(name), repeat),
                             len(files[name])))
        rows.append(_row("refuse a 1 MB CSV wrong in its last row (an undeclared factor)",
                         _times(refuse("wrong_at_the_end.csv"), repeat),
                         len(files["wrong_at_the_end.csv"])))
        for name in ("huge.csv", "huge.json"):
            refuse(name)()
            rows.append(_row(f"refuse a 50 MB {name[-4:].upper().strip('.')} (too large)",
                             _times(refuse(name), repeat * 20),
                             (folder / name).stat().st_size))
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
