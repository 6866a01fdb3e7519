"""Size limits of ingest, in one place so they can be tuned (and tested).

A text file up to :data:`WHOLE_TEXT_BYTES` is read whole and becomes one page
(split into its parts).  A larger text file or stream is *streamed*: it is
decoded incrementally and cut at paragraph breaks into documents of about
:data:`CHUNK_CHARS` characters, so memory stays bounded however big the input is.
HTML and JSON files must be parsed whole and are refused above
:data:`MAX_MARKUP_BYTES`; a JSONL line longer than :data:`MAX_LINE_BYTES` is
reported and skipped.  Change these module attributes to tune them.
"""
from __future__ import annotations

#: Text files up to this size are read whole (and split into page parts).
WHOLE_TEXT_BYTES = 4 * 2**20

#: Target size, in characters, of the pieces a streamed text file is cut into.
CHUNK_CHARS = 256 * 2**10

#: HTML and .json files above this size are refused with an InputError.
MAX_MARKUP_BYTES = 64 * 2**20

#: A JSONL line longer than this is reported as broken and skipped.
MAX_LINE_BYTES = 64 * 2**20

#: How many bytes encoding detection looks at.
SNIFF_BYTES = 64 * 2**10
