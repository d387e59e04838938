"""Build hook: the wheel carries the libnewsnorm.so that `make` built in
../build (when it is there), beside the module, which looks there first.
Nothing is compiled: the module is ctypes over that library."""

import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
BUILT = os.path.join(HERE, "..", "build", "libnewsnorm.so.0")


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        if os.path.exists(BUILT):
            dest = os.path.join(self.build_lib, "newsnorm", "libnewsnorm.so.0")
            shutil.copyfile(os.path.realpath(BUILT), dest)


setup(cmdclass={"build_py": BuildPy})
