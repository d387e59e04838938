"""libnewsnorm.so itself, how the module finds it, and how it installs."""

import os
import pydoc
import re
import subprocess
import sys

import pytest

import newsnorm
from newsnorm import _lib
from conftest import ROOT, read

SO = os.path.join(ROOT, "build", "libnewsnorm.so")


def header_functions():
    with open(os.path.join(ROOT, "include", "newsnorm.h")) as f:
        text = f.read()
    # declarations start in column 0 with their type
    return set(re.findall(r"^[a-z][^(\n]*?[ *](nn_[a-z0-9_]+)\(", text, re.M))


def test_exports_only_the_public_api():
    out = subprocess.run(["nm", "-D", "--defined-only", SO],
                         capture_output=True, text=True, check=True).stdout
    exported = {line.split()[-1] for line in out.splitlines()}
    assert exported == header_functions() | {"nn_buf_empty_"}
    assert len(exported) > 40


def test_soname_and_links():
    out = subprocess.run(["readelf", "-d", SO], capture_output=True,
                         text=True, check=True).stdout
    assert "Library soname: [libnewsnorm.so.0]" in out
    real = os.path.realpath(SO)
    assert re.fullmatch(r"libnewsnorm\.so\.\d+\.\d+\.\d+",
                        os.path.basename(real))
    assert os.path.realpath(SO + ".0") == real


def test_loaded_from_the_build_folder():
    assert os.path.realpath(newsnorm._library()._name) == \
        os.path.realpath(SO)


def test_lookup_order():
    where = _lib.candidates()
    here = os.path.dirname(_lib.__file__)
    assert where[0] == os.path.join(here, "libnewsnorm.so.0")
    assert where.index(os.path.join(ROOT, "build", "libnewsnorm.so")) \
        < where.index("libnewsnorm.so.0")


def test_not_found_lists_what_was_tried(monkeypatch, tmp_path):
    missing = str(tmp_path / "libnewsnorm.so.0")
    broken = tmp_path / "broken.so"
    broken.write_bytes(b"not a library")
    monkeypatch.setattr(_lib, "candidates",
                        lambda: [missing, str(broken), "libnewsnorm-none.so.9"])
    with pytest.raises(OSError) as e:
        _lib.load()
    msg = str(e.value)
    assert f"{missing} (no such file)" in msg
    assert str(broken) in msg and "libnewsnorm-none.so.9" in msg
    assert "make install" in msg


def test_environment_variable_comes_first(tmp_path):
    code = "import newsnorm; newsnorm.normalize('x')"
    env = dict(os.environ, NEWSNORM_LIB=str(tmp_path / "nothing.so"),
               PYTHONPATH=os.path.join(ROOT, "python"))
    r = subprocess.run([sys.executable, "-c", code], env=env,
                       capture_output=True, text=True)
    assert r.returncode == 0  # falls through to build/
    env["NEWSNORM_LIB"] = SO
    code = "import newsnorm; print(newsnorm._library()._name)"
    r = subprocess.run([sys.executable, "-c", code], env=env,
                       capture_output=True, text=True, check=True)
    assert r.stdout.strip() == SO


def test_pip_install_carries_the_library(tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q",
                    "--no-cache-dir", "--target", str(target),
                    os.path.join(ROOT, "python")],
                   check=True, capture_output=True,
                   env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"))
    lib = target / "newsnorm" / "libnewsnorm.so.0"
    assert lib.is_file()
    code = ("import newsnorm, sys; "
            "rec = newsnorm.normalize(sys.stdin.buffer.read()); "
            "print(newsnorm.__file__); print(newsnorm._library()._name); "
            "print(rec['title'])")
    sample = read(os.path.join(ROOT, "samples", "mt-web-page.txt"))
    r = subprocess.run([sys.executable, "-c", code], input=sample,
                       cwd=str(tmp_path), capture_output=True, check=True,
                       env=dict(os.environ, PYTHONPATH=str(target)))
    mod, so, title = r.stdout.decode().splitlines()
    assert mod.startswith(str(target)) and so == str(lib)
    assert title.startswith("Southern Russian Airports")
    # the build tree is left as it was
    assert not os.path.exists(os.path.join(ROOT, "python", "newsnorm",
                                           "libnewsnorm.so.0"))


def test_help_reads_well():
    text = pydoc.render_doc(newsnorm, renderer=pydoc.plaintext)
    for word in ("normalize(text", "class Normalizer", "NormalizeError",
                 "stream(self, path", "Dedup"):
        assert word in text
    for f in (newsnorm.normalize, newsnorm.Normalizer.normalize,
              newsnorm.Normalizer.stream, newsnorm.shared):
        assert f.__doc__ and f.__annotations__


def test_make_install_and_uninstall(tmp_path):
    dest = str(tmp_path / "root")
    make = ["make", "-s", "--no-print-directory", "-C", ROOT,
            "DESTDIR=" + dest, "PREFIX=/usr"]
    subprocess.run(make + ["install"], check=True, capture_output=True)
    lib = os.path.join(dest, "usr", "lib")
    real = os.path.realpath(SO)
    assert os.path.isfile(os.path.join(lib, os.path.basename(real)))
    for name in ("libnewsnorm.so.0", "libnewsnorm.so"):
        assert os.readlink(os.path.join(lib, name)) == os.path.basename(real)
    assert os.path.isfile(os.path.join(lib, "libnewsnorm.a"))
    env = dict(os.environ, NEWSNORM_LIB=os.path.join(lib, "libnewsnorm.so.0"))
    r = subprocess.run([sys.executable, "-c",
                        "import newsnorm; print(newsnorm._library()._name)"],
                       env=dict(env, PYTHONPATH=os.path.join(ROOT, "python")),
                       capture_output=True, text=True, check=True)
    assert r.stdout.strip() == env["NEWSNORM_LIB"]
    subprocess.run(make + ["uninstall"], check=True, capture_output=True)
    assert not os.listdir(lib) or os.listdir(lib) == ["pkgconfig"]
