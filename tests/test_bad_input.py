"""Bad input at the API level: every refusal is a DocumentError with one line naming the file."""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import pytest

from auditcheck.document import load_document, loader
from auditcheck.errors import DocumentError


def refuse(path: Path | str, data: bytes | None = None) -> str:
    """Load and expect a refusal; return the message after checking its shape."""
    with pytest.raises(DocumentError) as info:
        load_document(path, data=data)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{info.value.path}: ")
    assert info.value.path == str(path)
    assert info.value.reason
    return message


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in refuse(tmp_path / "nope.md")


def test_directory(tmp_path: Path) -> None:
    assert "directory" in refuse(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in refuse(write(tmp_path, "empty.txt", b""))


@pytest.mark.parametrize("data", [b"   \n\t\n  ", b"\xef\xbb\xbf  \n", "  \n ".encode("utf-16")])
def test_whitespace_only(tmp_path: Path, data: bytes) -> None:
    assert "whitespace" in refuse(write(tmp_path, "blank.txt", data))


def test_too_short_to_evaluate(tmp_path: Path) -> None:
    assert "no readable text" in refuse(write(tmp_path, "short.md", b"# Hi\n\nok\n"))


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MAX_BYTES", 100)
    path = write(tmp_path, "big.md", b"word " * 100)
    message = refuse(path)
    assert "too large" in message and "limit 100" in message
    # the same limit applies to bytes handed over directly (standard input)
    assert "too large" in refuse("<stdin>", data=b"word " * 100)


def test_just_under_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"The auditors interviewed forty workers in private rooms.\n"
    monkeypatch.setattr(loader, "MAX_BYTES", len(data))
    assert load_document(write(tmp_path, "ok.txt", data)).text.startswith("The auditors")


def test_png(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    message = refuse(write(tmp_path, "photo.md", png))
    assert "binary" in message and "PNG" in message


def test_elf_executable(tmp_path: Path) -> None:
    assert "executable" in refuse(
        write(tmp_path, "report.txt", Path(sys.executable).resolve().read_bytes()[:4096])
    )


def test_pickle_is_never_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("auditcheck must never unpickle input")

    monkeypatch.setattr(pickle, "loads", forbidden)
    monkeypatch.setattr(pickle, "load", forbidden)
    data = pickle.dumps({"report": "x" * 50, "n": list(range(50))}, protocol=4)
    message = refuse(write(tmp_path, "model.txt", data))
    assert "pickle" in message


def test_nul_laden_text(tmp_path: Path) -> None:
    data = b"An audit report with NUL bytes\x00\x00 inside\x00 it here and there.\x00"
    assert "binary" in refuse(write(tmp_path, "nul.txt", data))


def test_random_binary(tmp_path: Path) -> None:
    assert "binary" in refuse(
        write(tmp_path, "noise.md", bytes((i * 73 + 11) % 256 for i in range(4000)))
    )


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.md", b"# Report\n\nThe text of a report nobody may read.\n")
    if os.geteuid() == 0:  # root reads everything; simulate what the OS does for other users
        real_open = Path.open

        def deny(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
            if self == path:
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", deny)
    else:
        path.chmod(0)
    try:
        assert "permission denied" in refuse(path)
    finally:
        path.chmod(0o644)


def test_device_is_not_a_regular_file() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    assert "not a regular file" in refuse("/dev/zero")


def test_legacy_office_and_rtf(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
    assert "legacy Office" in refuse(write(tmp_path, "old.doc", ole))
    assert "RTF" in refuse(
        write(tmp_path, "r.rtf", b"{\\rtf1\\ansi Some report text here in RTF form}")
    )


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "hello")
    assert "ZIP archive" in refuse(write(tmp_path, "a.zip", buf.getvalue()))


def test_unsupported_suffix_with_text_content(tmp_path: Path) -> None:
    assert "unsupported format .xlsx" in refuse(
        write(tmp_path, "t.xlsx", b"plain words in a file with the wrong suffix")
    )


def test_unknown_forced_format(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="unknown format 'odt'"):
        load_document(
            write(tmp_path, "x.md", b"# Title\n\nEnough text for a document here."), fmt="odt"
        )


def test_file_name_with_newline_stays_one_line(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as info:
        load_document(tmp_path / "bad\nname.md")
    assert "\n" not in str(info.value)
    assert "bad\\nname.md" in str(info.value)


def test_library_messages_are_flattened_to_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditcheck.document import plaintext

    def boom(text: str):  # type: ignore[no-untyped-def]
        raise DocumentError("x.txt", "first line\nsecond line")

    monkeypatch.setattr(plaintext, "read_plaintext", boom)
    with pytest.raises(DocumentError) as info:
        load_document("x.txt", data=b"Some ordinary text of enough length to be read.")
    assert str(info.value) == "x.txt: first line second line"
