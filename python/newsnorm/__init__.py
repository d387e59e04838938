"""newsnorm: raw scraped news articles (text scrapes, saved web pages) into
clean records, from Python.

This module is a binding of the C library libnewsnorm.so (ctypes; nothing
is compiled when it is installed).  A record is the same as the command
line's JSON output, as Python types, with the keys in the same order::

    >>> import newsnorm
    >>> rec = newsnorm.normalize(open("article.txt", "rb").read())
    >>> rec["title"], rec["date"], rec["source"]

For many articles, make one Normalizer and reuse it (its rules are compiled
once); one Normalizer may be used from several threads at once, each
thread working on its own clone, and the library runs without the GIL::

    nz = newsnorm.Normalizer(profile="auto", explain=False, ascii=False)
    for path in paths:
        try:
            rec = nz.normalize(open(path, "rb").read(), input=path)
        except newsnorm.NormalizeError as e:
            print(path, e.reason, e)

Streams of articles (JSON Lines, WARC, WET, gzipped or not) are read by the
library itself, a record at a time: Normalizer.stream(path).

The library is looked for beside this module, then in the build/ folder
of the source tree the module lies in, then on the system's library path
($NEWSNORM_LIB, when set, first).
"""

from __future__ import annotations

import ctypes
import json
import os
import threading
from ctypes import byref, c_void_p
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

from . import _lib

__all__ = ["normalize", "Normalizer", "NormalizeError", "Dedup",
           "shared", "error_json", "profiles", "__version__"]
__version__ = "0.1.0"

#: What normalize() accepts: bytes as read from a file (any encoding the
#: library recognizes), or str (encoded as UTF-8).
Text = Union[str, bytes, bytearray, memoryview]

_state: Dict[Any, Any] = {}
_decode = json.JSONDecoder().decode  # json.loads without its checks
_state_lock = threading.RLock()


def _library() -> ctypes.CDLL:
    lib = _state.get("lib")
    if lib is None:
        with _state_lock:
            lib = _state.get("lib")
            if lib is None:
                lib = _state["lib"] = _lib.load()
    return lib


class NormalizeError(ValueError):
    """An input the library refuses.  str(e) is the library's message;
    e.reason names the failure ("empty", "binary", "encoding",
    "too-large", "record"); e.input is the input's name."""

    def __init__(self, message: str, reason: str, input: str = "-"):
        super().__init__(message)
        self.reason = reason
        self.input = input

    def __reduce__(self) -> Tuple[Any, ...]:
        # pickled whole (a Dask worker's error travels to the client)
        return (NormalizeError, (str(self), self.reason, self.input))


def _as_bytes(text: Text) -> bytes:
    if isinstance(text, bytes):
        return text
    if isinstance(text, str):
        return text.encode("utf-8", "surrogateescape")
    if isinstance(text, (bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"text must be str or bytes, not {type(text).__name__}")


def _c_str(s: Optional[str]) -> Optional[bytes]:
    return None if s is None else os.fsencode(s)


class _Handle:
    """One thread's clone of a Normalizer, with its buffers."""

    __slots__ = ("lib", "nz", "out", "out_ref", "rec", "rec_ref", "frame")

    def __init__(self, lib: ctypes.CDLL, proto: int):
        self.lib = lib
        self.nz = lib.nn_normalizer_clone(proto)
        self.out = _lib.Buf()
        self.out_ref = byref(self.out)  # made once: calls are the hot path
        lib.nn_buf_init(self.out_ref)
        self.rec = c_void_p()
        self.rec_ref = byref(self.rec)
        self.frame = _lib.Frame()
        lib.nn_frame_init(byref(self.frame))

    def __del__(self) -> None:
        try:
            self.lib.nn_normalizer_free(self.nz)
            self.lib.nn_buf_free(byref(self.out))
            self.lib.nn_frame_free(byref(self.frame))
        except Exception:  # interpreter shutdown: ctypes may be gone
            pass

    def set(self, buf: _lib.Buf, data: Optional[bytes]) -> None:
        self.lib.nn_buf_clear(byref(buf))
        if data:
            self.lib.nn_buf_put(byref(buf), data, len(data))


class Normalizer:
    """A reusable normalizer: the rules are compiled once, for every call.

    Options (all keywords):
      profile       "auto" (detect), or a name of profiles()
      explain       list the removed lines in the record ("removed")
      ascii         fold quotes, dashes and ellipses to ASCII
      strict        invalid UTF-8 is an error, not a warning
      input_format  "auto" (HTML when it looks like HTML), "html", "text"
      max_size      the largest input accepted, bytes (None: 64 MiB)

    Invalid options raise ValueError with the library's message.  A
    Normalizer may be shared by threads: each thread uses its own clone,
    made on its first call, which shares the compiled rules.  It can be
    pickled (the copy compiles its own rules).
    """

    def __init__(self, *, profile: str = "auto", explain: bool = False,
                 ascii: bool = False, strict: bool = False,
                 input_format: str = "auto",
                 max_size: Optional[int] = None):
        self._options: Dict[str, Any] = dict(
            profile=profile, explain=explain, ascii=ascii, strict=strict,
            input_format=input_format, max_size=max_size)
        lib = _library()
        flags = ((_lib.OPT_EXPLAIN if explain else 0) |
                 (_lib.OPT_ASCII if ascii else 0) |
                 (_lib.OPT_STRICT if strict else 0))
        opt = _lib.Options(flags, profile.encode(), max_size or 0,
                           input_format.encode())
        err = ctypes.create_string_buffer(256)
        proto = lib.nn_normalizer_new(byref(opt), err, len(err))
        if not proto:
            raise ValueError(err.value.decode("utf-8", "replace"))
        self._lib = lib
        self._proto: Optional[int] = proto
        self._flags = _lib.OPT_EXPLAIN if explain else 0
        self._html = {"auto": None, "html": True, "text": False}[input_format]
        self._local = threading.local()

    @property
    def options(self) -> Dict[str, Any]:
        """The options it was made with."""
        return dict(self._options)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._options.items())
        return f"newsnorm.Normalizer({args})"

    def __reduce__(self) -> Tuple[Any, ...]:
        return (_rebuild, (self._options,))

    def close(self) -> None:
        """Free the library's normalizer now (else when collected)."""
        if self._proto:
            self._lib.nn_normalizer_free(self._proto)
            self._proto = None
            self._local = threading.local()

    def __enter__(self) -> "Normalizer":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    def _handle(self) -> _Handle:
        h = getattr(self._local, "h", None)
        if h is None:
            if not self._proto:
                raise ValueError("newsnorm: the Normalizer is closed")
            h = self._local.h = _Handle(self._lib, self._proto)
        return h

    def _record(self, h: _Handle, data: bytes, url: Optional[str],
                name: bytes) -> None:
        """Normalize into a new nn_record in h.rec (the caller frees it)."""
        lib = self._lib
        if url is None:
            st = lib.nn_normalize(h.nz, data, len(data), name, h.rec_ref)
            if st:
                self._fail(st, lib.nn_normalizer_error(h.nz), name)
            return
        # the URL as a stream record's hint (a JSON Lines url): what a text
        # scrape reads as its first "URL Source:" line, and the record's
        # url where the article gives none
        html = self._html
        if html is None:
            html = bool(lib.nn_html_detect(data, len(data)))
        f = h.frame
        f.type = _lib.FRAME_HTML if html else _lib.FRAME_TEXT
        h.set(f.data, data)
        h.set(f.input, name)
        h.set(f.url, url.encode("utf-8"))
        err = ctypes.create_string_buffer(256)
        st = lib.nn_normalize_frame(h.nz, byref(f), None, h.rec_ref, err,
                                    len(err))
        h.set(f.data, None)
        if st:
            self._fail(st, err.value, name)

    @staticmethod
    def _fail(status: int, message: bytes, name: bytes) -> None:
        raise NormalizeError(message.decode("utf-8", "replace"),
                             _lib.STATUS_NAMES.get(status, str(status)),
                             os.fsdecode(name))

    def _render(self, h: _Handle) -> str:
        """h.rec as its JSON line; frees it."""
        lib = self._lib
        lib.nn_buf_clear(h.out_ref)
        lib.nn_record_render(h.rec, _lib.FORMAT_JSONL, self._flags,
                             h.out_ref)
        lib.nn_record_free(h.rec)
        out = h.out
        return ctypes.string_at(out.ptr, out.len).decode("utf-8")

    def normalize_json(self, text: Text, *, url: Optional[str] = None,
                       input: str = "-") -> str:
        """The record as one line of JSON Lines, ending with a newline,
        byte for byte what `newsnorm` writes for the same input.

        text:  the article (str, or bytes in any encoding the library
               reads: UTF-8, UTF-16 with a BOM, cp1251, mojibake...)
        url:   the article's URL, a hint for where the text gives none
               (as a JSON Lines line's url member)
        input: the name the record gives its input ("-" by default)

        Raises NormalizeError for an input the library refuses.
        """
        data = text if type(text) is bytes else _as_bytes(text)
        h = getattr(self._local, "h", None) or self._handle()
        self._record(h, data, url, os.fsencode(input))
        return self._render(h)

    def normalize(self, text: Text, *, url: Optional[str] = None,
                  input: str = "-") -> Dict[str, Any]:
        """The record as a dict, the command line's JSON output with the
        same keys in the same order.  Arguments: see normalize_json()."""
        return _decode(self.normalize_json(text, url=url, input=input))

    def stream(self, path: str, *, kind: str = "auto",
               raw: bool = False) -> Iterator[Union[Dict[str, Any], str]]:
        """The records of a stream file, read by the library a record at
        a time: JSON Lines ("jsonl"), WARC or WET ("warc"), gzipped or
        not, or one article ("one"); "auto": WARC when it starts so (after
        gunzip), else one article.  A record that fails gives an error
        record {"id", "input", "error"}, as `newsnorm --error-records`
        writes it; a stream that cannot go on ends with one.  raw=True
        yields each as its JSON line (str) instead of a dict.
        """
        if kind not in _lib.STREAM_KINDS:
            raise ValueError(f"newsnorm: unknown stream kind '{kind}' "
                             f"(one of {', '.join(_lib.STREAM_KINDS)})")
        lib = self._lib
        if not self._proto:
            raise ValueError("newsnorm: the Normalizer is closed")
        # a clone of its own: a generator may be resumed in another thread
        # while this one goes on using its clone
        h = _Handle(lib, self._proto)
        sopt = _lib.StreamOptions(_lib.STREAM_KINDS[kind],
                                  self._options["max_size"] or 0)
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        reader = lib.nn_reader_new(fd, os.fsencode(path), byref(sopt))
        frame = _lib.Frame()
        lib.nn_frame_init(byref(frame))
        err = ctypes.create_string_buffer(256)
        try:
            while True:
                st = lib.nn_reader_next(reader, byref(frame))
                if st == _lib.READ_END:
                    break
                if st == _lib.READ_RECORD and lib.nn_normalize_frame(
                        h.nz, byref(frame), byref(sopt), h.rec_ref, err,
                        len(err)) == 0:
                    line = self._render(h)
                else:
                    msg = err.value if st == _lib.READ_RECORD else \
                        lib.nn_reader_error(reader)
                    line = _error_line(lib, _frame_id(frame),
                                       frame.input.bytes(), msg or b"")
                yield line if raw else json.loads(line)
                if st == _lib.READ_FAIL:
                    break
        finally:
            lib.nn_frame_free(byref(frame))
            lib.nn_reader_free(reader)
            os.close(fd)


def error_json(input: str, message: str, id: Optional[str] = None) -> str:
    """The error record of an input that failed, as one line of JSON Lines
    (ending with a newline), as `newsnorm --error-records` writes it:
    {"id": id, "input": input, "error": message}."""
    return _error_line(_library(), _c_str(id), os.fsencode(input),
                       message.encode("utf-8"))


def _error_line(lib: ctypes.CDLL, id: Optional[bytes], input: bytes,
                msg: bytes) -> str:
    out = _lib.Buf()
    lib.nn_buf_init(byref(out))
    lib.nn_stream_error(_lib.FORMAT_JSONL, id, input, msg, 2, byref(out))
    line = out.bytes().decode("utf-8")
    lib.nn_buf_free(byref(out))
    return line


def _frame_id(frame: _lib.Frame) -> Optional[bytes]:
    """The id of a stream record's error record: the WARC record's id, a
    JSON line's number."""
    if frame.id.len:
        return frame.id.bytes()
    if frame.line:
        return str(frame.line).encode()
    return None


def _rebuild(options: Dict[str, Any]) -> Normalizer:
    return Normalizer(**options)


def shared(**options: Any) -> Normalizer:
    """This process's Normalizer for these options (Normalizer's
    keywords), made on its first use and kept: what a worker of a
    distributed job (Dask, Spark) calls in each task to build its rules
    once."""
    key = tuple(sorted(options.items()))
    nz = _state.get(key)
    if nz is None:
        with _state_lock:
            nz = _state.get(key)
            if nz is None:
                nz = _state[key] = Normalizer(**options)
    return nz


def normalize(text: Text, *, url: Optional[str] = None,
              profile: str = "auto", explain: bool = False,
              ascii: bool = False) -> Dict[str, Any]:
    """Normalize one article into its record (a dict, the command line's
    JSON output as Python types, keys in the same order).

    text:    the article, str or bytes (a text scrape or an HTML page)
    url:     the article's URL, a hint where the text gives none
    profile: "auto", or one of profiles()
    explain: list each removed line with its rule ("removed")
    ascii:   fold quotes, dashes and ellipses to ASCII

    Raises NormalizeError for an input the library refuses (empty, binary,
    too large) and ValueError for an unknown profile.  The Normalizer
    behind it is made once for each set of options and kept.
    """
    nz = shared(profile=profile, explain=explain, ascii=ascii)
    return nz.normalize(text, url=url)


def profiles() -> List[str]:
    """The profile names the library knows ("auto" is not one)."""
    names = _library().nn_profile_names()
    out = []
    i = 0
    while names[i] is not None:
        out.append(names[i].decode())
        i += 1
    return out


class Dedup:
    """Near-duplicate marking in one pass, as `newsnorm --dedup` does it:
    check() each record's simhash in input order.  distance: the simhash
    bits that may differ (0-7).  Not thread-safe."""

    def __init__(self, distance: int = 3):
        self._lib = _library()
        if not 0 <= distance <= 7:
            raise ValueError("newsnorm: dedup distance must be 0-7")
        self._d = self._lib.nn_dedup_new(distance)

    def check(self, simhash: str, label: str) -> Optional[str]:
        """The label of the earliest record within the distance of
        simhash (16 hex digits), or None; then remembers this one (when
        it is no duplicate) under label."""
        hit = self._lib.nn_dedup_check(self._d, int(simhash, 16),
                                       label.encode("utf-8"))
        return None if hit is None else hit.decode("utf-8")

    def check_record(self, rec: Dict[str, Any]) -> Optional[str]:
        """check() for a record, as the CLI labels it (its id, else its
        input); a record without body words is never a duplicate."""
        if not rec.get("word_count"):
            return None
        label = rec.get("id") or rec.get("input") or ""
        return self.check(rec["simhash"], label)

    def __del__(self) -> None:
        try:
            self._lib.nn_dedup_free(self._d)
        except Exception:
            pass
