"""placeholder: filled by its owner (see ARCHITECTURE.md)."""
from __future__ import annotations
