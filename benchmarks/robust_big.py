"""Stream a 200 MB input through kg.ingest and measure peak memory (RSS).

Writes the inputs into a temporary folder (text in UTF-8, the same text in
Windows-1256, and a JSONL corpus), then reads each in a fresh child process that
iterates over ``kg.ingest.read`` and reports its peak resident set size, the
documents and characters read, and the time.  A baseline child only imports
kg.ingest.  Memory is bounded when the peak stays near the baseline plus a few
times the piece size, whatever the input's size.

    nice -n 10 python benchmarks/robust_big.py [--mb 200] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "ingest" / "seed_cnn_arabic.txt"


def _paragraphs() -> list[str]:
    text = SEED.read_text(encoding="utf-8").replace("\u0669", "9")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def write_inputs(folder: Path, megabytes: int) -> dict[str, Path]:
    """Write the big inputs, chunk by chunk (never whole in memory)."""
    paras = _paragraphs()
    target = megabytes * 2**20
    paths = {"txt-utf8": folder / "big.txt", "txt-cp1256": folder / "big_cp1256.txt", "jsonl": folder / "big.jsonl"}
    with open(paths["txt-utf8"], "wb") as utf8, open(paths["txt-cp1256"], "wb") as win:
        size, n = 0, 0
        while size < target:
            para = f"{paras[n % len(paras)]} ({n})\n\n"
            size += utf8.write(para.encode("utf-8"))
            win.write(para.encode("cp1256"))
            n += 1
    with open(paths["jsonl"], "wb") as out:
        size, n = 0, 0
        body = "\n".join(paras)
        while size < target:
            record = {"id": f"big-{n:07d}", "title": paras[n % len(paras)][:60], "text": f"{body} ({n})",
                      "date": "2024-07-12", "source": "CNN Arabic"}
            size += out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
            n += 1
    return paths


def child(path: str) -> None:
    """Read ``path`` with kg.ingest (or only import it when ``path`` is '-'); print JSON stats."""
    sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    from kg.ingest import read

    docs = chars = longest = 0
    errors: list = []
    if path != "-":
        for doc in read([path], errors=errors):
            docs += 1
            chars += len(doc.text)
            longest = max(longest, len(doc.text))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"docs": docs, "chars": chars, "longest": longest, "problems": len(errors),
                      "peak_mb": round(peak_kb / 1024, 1), "seconds": round(time.perf_counter() - start, 1)}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="size of each input in MB")
    parser.add_argument("--keep", type=Path, help="write the inputs here and keep them")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    tmp = None if args.keep else tempfile.TemporaryDirectory(prefix="kg-big-")
    folder = args.keep or Path(tmp.name)  # type: ignore[union-attr]
    folder.mkdir(parents=True, exist_ok=True)
    paths = write_inputs(folder, args.mb)
    print(f"{'input':<12} {'size MB':>8} {'docs':>7} {'chars':>12} {'longest':>8} {'peak RSS MB':>12} {'s':>6}")
    for name, path in [("baseline", None), *paths.items()]:
        cmd = [sys.executable, __file__, "--child", str(path) if path else "-"]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        stats = json.loads(out.strip().splitlines()[-1])
        size = path.stat().st_size / 2**20 if path else 0
        print(f"{name:<12} {size:>8.0f} {stats['docs']:>7} {stats['chars']:>12} {stats['longest']:>8} "
              f"{stats['peak_mb']:>12} {stats['seconds']:>6}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
