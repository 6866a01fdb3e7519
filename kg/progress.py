"""A progress bar for long ingests, and the summary printed at the end.

    >>> s = Summary()
    >>> s.read, s.written = 3, 2
    >>> s.skip("doc-7", "unchanged, already in the store")
    >>> print(s.render(seconds=2.0))
    read 3 articles, wrote 2, skipped 1 in 2.0 s (1.5 articles/s)
      skipped doc-7: unchanged, already in the store

The bar (rich, on stderr) shows articles done of the expected total, articles/s
and the time left; it is drawn only on a terminal, so logs and pipes stay clean.
"""
from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

#: File types read as one article each (a scraped page may still split into parts).
_ONE_PER_FILE = (".txt", ".html", ".htm", ".json")


@dataclass
class Summary:
    """What an ingest read, wrote and skipped (with why)."""

    read: int = 0
    written: int = 0
    words: int = 0
    triples: int = 0
    mentions: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def skip(self, where: str, why: str) -> None:
        """Record one skipped document or input (``where``: an id or ``path:line``)."""
        self.skipped.append((where, why))

    def add_problems(self, problems: Iterable[Any]) -> None:
        """Record ingest problems, the ``(path, line, message)`` tuples of :func:`kg.ingest.read`."""
        for p in problems:
            if isinstance(p, tuple) and len(p) == 3:
                path, line, msg = p
                self.skip(f"{path}:{line}" if line is not None else str(path), str(msg))
            else:
                self.skip("input", str(p))

    def render(self, seconds: float | None = None, *, limit: int = 10) -> str:
        """The summary as text: one line of counts, then skipped items (the first ``limit``
        one per line, the rest grouped by reason)."""
        head = f"read {self.read} article{'s' if self.read != 1 else ''}, wrote {self.written}"
        head += f", skipped {len(self.skipped)}"
        if seconds is not None:
            rate = self.read / seconds if seconds > 0 else 0.0
            head += f" in {seconds:.1f} s ({rate:.1f} articles/s)"
        if self.triples:
            head += f"; {self.words} words, {self.mentions} mentions, {self.events} events, {self.triples} triples"
        lines = [head]
        for where, why in self.skipped[:limit]:
            lines.append(f"  skipped {where}: {why}")
        rest = self.skipped[limit:]
        if rest:
            reasons = Counter(_reason_kind(why) for _, why in rest)
            for why, n in reasons.most_common():
                lines.append(f"  ... and {n} more: {why}")
        return "\n".join(lines)


def _reason_kind(why: str) -> str:
    return why.split(";")[0].split(":")[0].strip()[:80]


def count_documents(sources: Iterable[str | os.PathLike[str]], *, max_bytes: int = 2 << 30) -> int | None:
    """A quick estimate of how many articles ``sources`` hold, for the bar's ETA.

    JSONL lines are counted, other files count one each, folders are walked.  Returns
    None when it cannot tell cheaply (stdin, or more than ``max_bytes`` of JSONL).
    """
    total = 0
    budget = max_bytes
    for src in sources:
        if str(src) == "-":
            return None
        path = Path(src)
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")) \
            if path.is_dir() else [path]
        for f in files:
            name = f.name.lower()
            if name.endswith((".jsonl", ".ndjson")):
                try:
                    size = f.stat().st_size
                except OSError:
                    continue
                budget -= size
                if budget < 0:
                    return None
                total += _count_lines(f)
            elif name.endswith(".jsonl.gz"):
                return None
            elif name.endswith(_ONE_PER_FILE) or not path.is_dir():
                total += 1
    return total


def _count_lines(path: Path) -> int:
    n = 0
    last = b"\n"
    try:
        with open(path, "rb") as f:
            while True:
                block = f.read(1 << 20)
                if not block:
                    break
                n += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 0
    return n + (last != b"\n")


class IngestProgress:
    """A rich progress bar on stderr plus the :class:`Summary`, fed one outcome at a time.

    Use it around the stream of :func:`kg.parallel.run` outcomes::

        with IngestProgress(total=count_documents(paths)) as prog:
            for outcome in prog.track(run(docs, jobs=2)):
                store.add(...)            # only DocResults come through
        print(prog.summary.render(prog.seconds), file=sys.stderr)

    Args:
        total: expected number of articles (None: no ETA, the bar counts up).
        enabled: draw the bar (default: only when stderr is a terminal).
        file: where the bar goes (default stderr).
        description: the bar's label.
    """

    def __init__(self, total: int | None = None, *, enabled: bool | None = None,
                 file: IO[str] | None = None, description: str = "ingesting") -> None:
        import sys

        self.total = total
        self.file = file if file is not None else sys.stderr
        self.enabled = self.file.isatty() if enabled is None else enabled
        self.description = description
        self.summary = Summary()
        self._progress: Any = None
        self._task: Any = None
        self._start = time.perf_counter()
        self._end: float | None = None

    def __enter__(self) -> IngestProgress:
        self._start = time.perf_counter()
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            console = Console(file=self.file, force_terminal=None if self.file.isatty() else True)
            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
                TimeElapsedColumn(), console=console, transient=False, refresh_per_second=4,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.description, total=self.total, rate="- articles/s")
        return self

    def __exit__(self, *exc: object) -> None:
        self._end = time.perf_counter()
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    @property
    def seconds(self) -> float:
        """Seconds since the bar started (until it stopped)."""
        return (self._end or time.perf_counter()) - self._start

    def update(self, outcome: Any) -> None:
        """Count one outcome: a :class:`kg.parallel.DocResult` or :class:`kg.parallel.Skipped`."""
        from kg.parallel import Skipped

        s = self.summary
        s.read += 1
        if isinstance(outcome, Skipped):
            s.skip(outcome.id, outcome.reason)
        else:
            s.words += outcome.words
            s.triples += outcome.triples
            s.mentions += outcome.mentions
            s.events += outcome.events
        self._advance()

    def written(self, n: int = 1) -> None:
        """Count documents the caller wrote (to a store or a file)."""
        self.summary.written += n

    def _advance(self) -> None:
        if self._progress is None:
            return
        done = self.summary.read
        elapsed = max(1e-9, time.perf_counter() - self._start)
        total = self.total if self.total is None or self.total >= done else done
        self._progress.update(self._task, completed=done, total=total, rate=f"{done / elapsed:.1f} articles/s")

    def track(self, outcomes: Iterable[Any]) -> Iterator[Any]:
        """Count every outcome; pass on only the processed documents (skips are recorded)."""
        from kg.parallel import Skipped

        for outcome in outcomes:
            self.update(outcome)
            if not isinstance(outcome, Skipped):
                yield outcome
