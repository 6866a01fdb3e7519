"""Assemble the one self-contained HTML file: template, inlined libraries, safe data.

Safety rests on three layers:

* article text enters the page only as JSON inside ``<script type="application/json">``,
  with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped so nothing in it can close the
  element or be read as markup; the page's script reads it with ``JSON.parse`` and
  writes it with ``textContent`` only;
* the template is filled in one pass, so text that looks like a placeholder is never
  expanded;
* a Content-Security-Policy allows only the page's own inline scripts (by SHA-256
  hash) and no network at all (``default-src 'none'``).
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import tempfile
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import ExportError

_PLACEHOLDER = re.compile(r"\{\{([A-Z]+)\}\}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")

#: Vendored files per renderer (kg/view/static/).
LIBRARIES = {"vis": ("vis-network.min.js", "vis-network.css"), "sigma": ("kg-sigma.min.js", None)}


def safe_json(value: Any) -> str:
    """Serialise ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    >>> safe_json({"a": "</script><b>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def static_text(name: str) -> str:
    """Read a vendored file from ``kg/view/static`` (or ``templates``)."""
    folder = "templates" if name.endswith(".html") else "static"
    try:
        return resources.files("kg.view").joinpath(folder, name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"kg's page asset {folder}/{name} is missing ({exc}); reinstall kg") from exc


def title_text(title: str) -> str:
    """The page title as the ``<title>`` element holds it: control characters removed,
    then HTML-escaped (the full title, untouched, is in the page's data and heading).

    >>> title_text("a\x1b<b>")
    'a&lt;b&gt;'
    """
    kept = "".join(c for c in title if c in "\t\n\r\f" or unicodedata.category(c) != "Cc")
    return html.escape(kept, quote=True)


def _inline_script(code: str) -> str:
    # A script element ends at the first "</script"; vendored code never needs it literally.
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


def build_html(payload: dict[str, Any], *, title: str, lang: str, renderer: str) -> str:
    """Return the page's HTML for the data ``payload``.

    Args:
        payload: the JSON-ready data (nodes, edges, docs, sentences, meta).
        title: the page title (escaped here).
        lang: ``"ar"`` or ``"en"``, the initial label language.
        renderer: ``"vis"`` or ``"sigma"``.
    """
    lib_js, lib_css = LIBRARIES[renderer]
    libjs = _inline_script(static_text(lib_js))
    app = _inline_script(static_text("app.js"))
    csp = "; ".join((
        "default-src 'none'",
        f"script-src {_sha256(libjs)} {_sha256(app)}",
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "font-src 'none'",
        "connect-src 'none'",
        "media-src 'none'",
        "object-src 'none'",
        "frame-src 'none'",
        "worker-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ))
    values = {
        "LANG": lang,
        "DIR": "rtl" if lang == "ar" else "ltr",
        "CSP": csp,
        "TITLE": title_text(title),
        "LIBCSS": static_text(lib_css).replace("</", "<\\/") if lib_css else "",
        "CSS": static_text("app.css"),
        "DATA": safe_json(payload),
        "LIBJS": libjs,
        "APP": app,
    }
    template = static_text("page.html")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def write_atomic(text: str, out: str | os.PathLike[str]) -> Path:
    """Write ``text`` to ``out`` through a temporary file and ``os.replace``.

    Raises:
        ExportError: if the folder does not exist or cannot be written.
    """
    path = Path(out)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist; create it first")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    os.chmod(path, 0o644)
    return path
