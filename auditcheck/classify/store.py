"""Save and load the evidence model as versioned JSON, never pickle.

A model file is one JSON object: ``format`` and ``format_version`` say what it is, ``sha256``
is the checksum of the canonical JSON of ``model``, and ``model`` holds the labels, each
vectoriser's settings, vocabulary and idf, the linear coefficients, intercepts and the Platt
calibration. Arrays are little-endian float64 bytes in base64 so that loading is fast and
exact. Anything unexpected (bad JSON, wrong format or version, checksum mismatch, shapes that
do not agree) raises ModelError: a model file may come from a user and is treated as data.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError

FORMAT = "auditcheck-evidence-model"
FORMAT_VERSION = 1
#: Larger files are refused before parsing; the shipped model is a few megabytes.
MAX_BYTES = 64 * 1024 * 1024


_DTYPES = {"float64": "<f8", "float32": "<f4"}


def encode_array(array: np.ndarray, dtype: str = "float64") -> dict[str, Any]:
    """An array as little-endian bytes in base64; float32 halves a shipped file's weights."""
    a = np.ascontiguousarray(array, dtype=_DTYPES[dtype])
    return {
        "dtype": dtype,
        "shape": list(a.shape),
        "data": base64.b64encode(a.tobytes()).decode("ascii"),
    }


def decode_array(obj: Any, path: str | Path, what: str) -> np.ndarray:
    try:
        dtype = _DTYPES.get(obj["dtype"])
        if dtype is None:
            raise ValueError(f"dtype {obj['dtype']!r}")
        shape = tuple(int(x) for x in obj["shape"])
        array = np.frombuffer(base64.b64decode(obj["data"], validate=True), dtype=dtype)
        return array.reshape(shape).astype(np.float64, copy=False)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(path, f"{what} is not a valid array ({exc})") from None


def canonical(model: dict[str, Any]) -> bytes:
    return json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def save_model(
    model: dict[str, Any], path: str | Path, *, fmt: str = FORMAT, version: int = FORMAT_VERSION
) -> Path:
    """Write ``model`` with its format header and checksum; the output is byte-for-byte
    reproducible.
    """
    path = Path(path)
    body = canonical(model)
    header = {"format": fmt, "format_version": version, "sha256": hashlib.sha256(body).hexdigest()}
    path.parent.mkdir(parents=True, exist_ok=True)
    # the model object is written verbatim after the header, so the checksum covers exactly these
    # bytes
    head = json.dumps(header, sort_keys=True, separators=(",", ":"))[:-1]
    path.write_bytes(head.encode("utf-8") + b',"model":' + body + b"}\n")
    return path


def read_header(path: str | Path) -> dict[str, Any]:
    """Format and version of a model file without verifying it (to pick the right reader)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(200)
    except FileNotFoundError:
        raise ModelError(path, "model file not found") from None
    except OSError as exc:
        raise ModelError(path, f"cannot read model file ({exc.strerror or exc})") from None
    out: dict[str, Any] = {}
    for key in ("format", "format_version"):
        marker = f'"{key}":'.encode()
        at = head.find(marker)
        if at >= 0:
            rest = head[at + len(marker) :].split(b",", 1)[0]
            with contextlib.suppress(UnicodeDecodeError, json.JSONDecodeError):
                out[key] = json.loads(rest)
    return out


def load_model_dict(
    path: str | Path, *, fmt: str = FORMAT, version: int = FORMAT_VERSION
) -> dict[str, Any]:
    """Read and verify a model file of format ``fmt``; return its ``model`` object."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ModelError(
                path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB; not a model"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(path, "model file not found") from None
    except OSError as exc:
        raise ModelError(path, f"cannot read model file ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            path, f"not a model file: invalid JSON ({exc.msg if hasattr(exc, 'msg') else exc})"
        ) from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise ModelError(path, f"not an auditcheck model file (expected format {fmt!r})")
    found = data.get("format_version")
    if found != version:
        raise ModelError(
            path,
            f"model format version {found!r} is not supported (this auditcheck reads version "
            f"{version}); retrain with 'auditcheck model train'",
        )
    model = data.get("model")
    if not isinstance(model, dict):
        raise ModelError(path, "model file has no model object")
    if hashlib.sha256(canonical(model)).hexdigest() != data.get("sha256"):
        raise ModelError(path, "checksum mismatch: the model file was modified or damaged")
    return model
