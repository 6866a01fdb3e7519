"""Shared fixtures, and a socket guard: no test may reach the network.

Every connection to an address outside the loopback range fails with
``NetworkBlocked`` (tests may still start and talk to servers on 127.0.0.1, and
playwright talks to its browser over a local pipe), which proves that no code
path downloads a model, a data set or a script.
"""
from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "cnn_arabic_kim_krivoruchko.txt"
SHARED = ROOT.parent / "shared" / "data"


class NetworkBlocked(RuntimeError):
    """A test tried to reach an address outside the loopback range."""


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    if isinstance(address, tuple) and address:
        host = address[0]
        if host in ("localhost", "", None):
            return True
        try:
            return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
        except ValueError:
            return False
    return True


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guard_connect(self: socket.socket, address: object) -> object:
    if not _is_local(address):
        raise NetworkBlocked(f"test tried to connect to {address!r}; kg must work offline")
    return _real_connect(self, address)


def _guard_connect_ex(self: socket.socket, address: object) -> object:
    if not _is_local(address):
        raise NetworkBlocked(f"test tried to connect to {address!r}; kg must work offline")
    return _real_connect_ex(self, address)


def _guard_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    if host not in (None, "localhost", b"localhost") and not _is_local((host, 0)):
        raise NetworkBlocked(f"test tried to resolve {host!r}; kg must work offline")
    return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


socket.socket.connect = _guard_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guard_connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = _guard_getaddrinfo  # type: ignore[assignment]


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The bundled example article (the user's own seed page)."""
    return SEED


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip when it is absent (a fresh machine)."""
    if not SHARED.exists():
        pytest.skip("../shared/data is absent on this machine")
    return SHARED


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed built once with the CLI's defaults into a temporary folder."""
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path_factory.mktemp("seed")
    res = CliRunner().invoke(app, ["build", str(SEED), "-o", str(out), "--date", "2024-07-12",
                                   "--format", "ttl,trig,jsonld,graphml,gexf,csv,nt,html"])
    assert res.exit_code == 0, res.output
    return out


@pytest.fixture
def write_news(tmp_path: Path):
    """``write_news(texts)`` writes the texts, five times over, as ``ant_arabic_news/ant_full.jsonl.gz``
    under ``tmp_path`` (the unlabeled news the NER pretraining steps read) and returns the file."""
    import gzip
    import json

    def write(texts: list[str], copies: int = 5) -> Path:
        news = tmp_path / "ant_arabic_news" / "ant_full.jsonl.gz"
        news.parent.mkdir(exist_ok=True)
        with gzip.open(news, "wt", encoding="utf-8") as fh:
            for text in list(texts) * copies:
                fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        return news

    return write
