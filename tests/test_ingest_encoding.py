"""Encodings: the seed in Windows-1256, UTF-16 and with a BOM decodes to the same text."""
from __future__ import annotations

import codecs
import warnings
from pathlib import Path

import pytest

from kg.errors import BinaryInputError, EmptyInputError, EncodingError, InputError
from kg.ingest import IngestWarning, read
from kg.ingest.decode import decode

SEED = Path(__file__).parent / "fixtures" / "ingest" / "seed_cnn_arabic.txt"
# Windows-1256 has no Arabic-Indic digit nine, which the seed uses once.
TEXT = SEED.read_text(encoding="utf-8").replace("\u0669", "9")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("label", "data", "codec"),
    [
        ("utf-8", TEXT.encode("utf-8"), "utf-8"),
        ("utf-8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        ("utf-16-bom", TEXT.encode("utf-16"), "utf-16-le"),
        ("utf-16-be-bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        ("utf-16-le-nobom", TEXT.encode("utf-16-le"), "utf-16-le"),
        ("cp1256", TEXT.encode("cp1256"), "cp1256"),
    ],
)
def test_ingest_encoding_seed_variants_decode_identically(tmp_path, label, data, codec):
    path = _write(tmp_path, "seed.txt", data)
    errors: list = []
    docs = list(read([path], errors=errors))
    reference = list(read([_write(tmp_path, "ref.txt", TEXT.encode("utf-8"))]))
    assert errors == []
    assert [d.text for d in docs] == [d.text for d in reference]
    assert [d.offset for d in docs] == [d.offset for d in reference]
    assert docs[0].meta["encoding"] == codec
    assert docs[0].source == "CNN Arabic"
    # the id hashes the decoded text, so it does not depend on the encoding
    assert docs[0].id.split("-")[-1] == reference[0].id.split("-")[-1]


def test_ingest_encoding_iso_8859_6_arabic_is_not_read_as_windows_1256(tmp_path):
    """ISO-8859-6, the other Arabic code page, shares hamza to ghain with Windows-1256 but not
    feh to yeh: read as Windows-1256 it became Arabic with "è" and "ê" for waw and yeh, one
    document and no events, without a warning."""
    text = TEXT.replace("\u2022", "*")  # ISO-8859-6 has no bullet
    path = _write(tmp_path, "iso.txt", text.encode("iso8859_6"))
    reference = list(read([_write(tmp_path, "ref.txt", text.encode("utf-8"))]))
    docs = list(read([path]))
    assert docs[0].meta["encoding"] == "iso8859_6"
    assert [d.text for d in docs] == [d.text for d in reference]
    # Windows-1256 Arabic still reads as Windows-1256, though most of its bytes fit ISO-8859-6 too
    assert next(read([_write(tmp_path, "win.txt", text.encode("cp1256"))])).meta["encoding"] == "cp1256"


def test_ingest_encoding_truncated_utf8_drops_tail_with_warning(tmp_path):
    data = TEXT.encode("utf-8")
    path = _write(tmp_path, "cut.txt", data[:-1])  # the last character is Arabic: 2 bytes
    errors: list = []
    docs = list(read([path], errors=errors))
    assert docs[-1].text.endswith(TEXT.rstrip()[-5:-1])
    assert len(errors) == 1 and "ends in the middle" in errors[0][2]
    with pytest.warns(IngestWarning, match="ends in the middle"):
        list(read([path]))


def test_ingest_encoding_stray_byte_in_utf8_is_replaced(tmp_path):
    data = TEXT.encode("utf-8")
    path = _write(tmp_path, "stray.txt", data[:40] + b"\xff" + data[40:])
    errors: list = []
    docs = list(read([path], errors=errors))
    assert "\ufffd" in docs[0].text
    assert docs[0].meta["encoding"] == "utf-8"
    assert "replaced by U+FFFD" in errors[0][2]


def test_ingest_encoding_empty_file(tmp_path):
    with pytest.raises(EmptyInputError, match="empty.txt is empty"):
        list(read([_write(tmp_path, "empty.txt", b"")]))


def test_ingest_encoding_whitespace_only_file(tmp_path):
    with pytest.raises(EmptyInputError, match="only whitespace"):
        list(read([_write(tmp_path, "blank.txt", b" \n\t\r\n  ")]))


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (bytes(range(256)) * 4, "NUL bytes"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\x01\x02\x03\x04\x05\x06 abc \x07\x08", "control characters"),
    ],
)
def test_ingest_encoding_binary_input_refused(tmp_path, data, match):
    with pytest.raises(BinaryInputError, match=match):
        list(read([_write(tmp_path, "blob.txt", data)]))


def test_ingest_encoding_given_encoding_is_used(tmp_path):
    path = _write(tmp_path, "win.txt", TEXT.encode("cp1256"))
    docs = list(read([path], encoding="windows-1256"))
    assert docs[0].meta["encoding"] == "cp1256"
    assert docs[0].text.startswith("ذكرت وكالة")


def test_ingest_encoding_wrong_given_encoding_fails_clearly(tmp_path):
    path = _write(tmp_path, "win.txt", TEXT.encode("cp1256"))
    with pytest.raises(EncodingError, match=r"cannot be decoded as utf-8 \(byte \d+"):
        list(read([path], encoding="utf-8"))


def test_ingest_encoding_unknown_encoding_name(tmp_path):
    path = _write(tmp_path, "a.txt", b"hello there")
    with pytest.raises(EncodingError, match="unknown encoding 'klingon'"):
        list(read([path], encoding="klingon"))


def test_ingest_encoding_latin1_english(tmp_path):
    path = _write(tmp_path, "fr.txt", "Le café de la “gare” à Paris est fermé.".encode("cp1252"))
    doc = next(read([path]))
    assert doc.text == "Le café de la “gare” à Paris est fermé."
    assert doc.lang == "en"


def test_ingest_encoding_errors_are_input_errors():
    for cls in (EmptyInputError, BinaryInputError, EncodingError):
        assert issubclass(cls, InputError)


def test_ingest_encoding_undecidable_bytes_say_how_to_fix(monkeypatch):
    import kg.ingest.decode as dec

    monkeypatch.setattr(dec, "_legacy", lambda sample: None)
    with pytest.raises(EncodingError) as info:
        decode("Ça coûte 5 €".encode("cp1252"), "odd.txt")
    assert str(info.value) == (
        "odd.txt is not UTF-8, UTF-16 or Windows-1256; try --encoding cp1256 (Arabic Windows), "
        "--encoding utf-16 or --encoding latin-1"
    )


def test_ingest_encoding_no_warning_for_clean_input(tmp_path):
    path = _write(tmp_path, "ok.txt", TEXT.encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(list(read([path]))) == 3
