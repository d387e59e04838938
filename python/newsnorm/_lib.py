"""The ctypes binding of libnewsnorm.so: where the library is looked for,
and the C declarations of include/newsnorm.h that the module uses."""

from __future__ import annotations

import ctypes
import os
from ctypes import (POINTER, Structure, c_char_p, c_int, c_uint,
                    c_ulonglong, c_size_t, c_void_p)
from typing import List

SONAME = "libnewsnorm.so.0"

# nn_options.flags and the render flags (newsnorm.h)
OPT_EXPLAIN = 1 << 0
OPT_ASCII = 1 << 1
OPT_STRICT = 1 << 2

FORMAT_JSONL = 0

FRAME_TEXT, FRAME_HTML = 1, 2

READ_END, READ_RECORD, READ_BAD, READ_FAIL = 0, 1, -1, -2

STREAM_KINDS = {"auto": 0, "one": 1, "jsonl": 2, "warc": 3}

# nn_status, by value: the names NormalizeError.reason gives them
STATUS_NAMES = {1: "empty", 2: "binary", 3: "encoding", 4: "too-large",
                5: "record"}


class Buf(Structure):
    """nn_buf: ptr is never NULL and always NUL-terminated."""
    _fields_ = [("ptr", c_void_p), ("len", c_size_t), ("cap", c_size_t)]

    def bytes(self) -> bytes:
        return ctypes.string_at(self.ptr, self.len)


class Options(Structure):
    _fields_ = [("flags", c_uint), ("profile", c_char_p),
                ("max_size", c_size_t), ("input_format", c_char_p)]


class StreamOptions(Structure):
    _fields_ = [("kind", c_int), ("max_size", c_size_t),
                ("text_key", c_char_p), ("html_key", c_char_p),
                ("id_key", c_char_p), ("url_key", c_char_p),
                ("date_key", c_char_p)]


class Frame(Structure):
    _fields_ = [("type", c_int), ("data", Buf), ("input", Buf), ("id", Buf),
                ("url", Buf), ("date", Buf), ("line", c_ulonglong)]


def _here() -> str:
    return os.path.dirname(os.path.abspath(__file__))


def candidates() -> List[str]:
    """Where the library is looked for, in order: $NEWSNORM_LIB when set,
    beside this module (where `pip install` puts the one `make` built), the
    build/ folder of the source tree this module lies in, then the system's
    library path (what `make install` fills)."""
    found = []
    env = os.environ.get("NEWSNORM_LIB")
    if env:
        found.append(env)
    for name in (SONAME, "libnewsnorm.so"):
        found.append(os.path.join(_here(), name))
    repo = os.path.dirname(os.path.dirname(_here()))
    found.append(os.path.join(repo, "build", "libnewsnorm.so"))
    found.append(SONAME)  # a bare name: the dynamic loader's search
    return found


def load() -> ctypes.CDLL:
    """Load libnewsnorm.so from the first of candidates() that loads; an
    OSError that lists every place tried when none does."""
    tried = []
    for path in candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append(f"{path} (no such file)")
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError as e:
            tried.append(f"{path} ({e})")
            continue
        declare(lib)
        return lib
    raise OSError("newsnorm: libnewsnorm.so not found; tried:\n  "
                  + "\n  ".join(tried)
                  + "\n(build it with `make` in the source tree, install it"
                  " with `make install`, or set NEWSNORM_LIB=path)")


def _fn(lib: ctypes.CDLL, name: str, restype, *argtypes) -> None:
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)


def declare(lib: ctypes.CDLL) -> None:
    """Give the functions used their C prototypes."""
    P = POINTER
    _fn(lib, "nn_normalizer_new", c_void_p, P(Options), c_char_p, c_size_t)
    _fn(lib, "nn_normalizer_clone", c_void_p, c_void_p)
    _fn(lib, "nn_normalizer_free", None, c_void_p)
    _fn(lib, "nn_normalizer_error", c_char_p, c_void_p)
    _fn(lib, "nn_normalize", c_int, c_void_p, c_char_p, c_size_t, c_char_p,
        P(c_void_p))
    _fn(lib, "nn_normalize_frame", c_int, c_void_p, P(Frame),
        P(StreamOptions), P(c_void_p), c_char_p, c_size_t)
    _fn(lib, "nn_record_free", None, c_void_p)
    _fn(lib, "nn_record_render", None, c_void_p, c_int, c_uint, P(Buf))
    _fn(lib, "nn_profile_names", P(c_char_p))
    _fn(lib, "nn_buf_init", None, P(Buf))
    _fn(lib, "nn_buf_free", None, P(Buf))
    _fn(lib, "nn_buf_clear", None, P(Buf))
    _fn(lib, "nn_buf_put", None, P(Buf), c_char_p, c_size_t)
    _fn(lib, "nn_frame_init", None, P(Frame))
    _fn(lib, "nn_frame_free", None, P(Frame))
    _fn(lib, "nn_reader_new", c_void_p, c_int, c_char_p, P(StreamOptions))
    _fn(lib, "nn_reader_free", None, c_void_p)
    _fn(lib, "nn_reader_next", c_int, c_void_p, P(Frame))
    _fn(lib, "nn_reader_error", c_char_p, c_void_p)
    _fn(lib, "nn_stream_error", None, c_int, c_char_p, c_char_p, c_char_p,
        c_size_t, P(Buf))
    _fn(lib, "nn_dedup_new", c_void_p, c_uint)
    _fn(lib, "nn_dedup_free", None, c_void_p)
    _fn(lib, "nn_dedup_check", c_char_p, c_void_p, c_ulonglong, c_char_p)
    _fn(lib, "nn_html_detect", c_int, c_char_p, c_size_t)
