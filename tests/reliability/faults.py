"""Fault injection helpers: damaged files and read-only folders."""

from __future__ import annotations

import builtins
import errno
import io
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest


def truncate(path: Path, keep: float = 0.5) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def flip_bytes(path: Path) -> None:
    data = bytearray(path.read_bytes())
    mid = len(data) // 2
    data[mid : mid + 16] = bytes(b ^ 0xFF for b in data[mid : mid + 16])
    path.write_bytes(bytes(data))


class ReadOnly:
    """Folders in which nothing can be created, replaced or removed.

    As root, chmod does not stop writes, so the write primitives (os.mkdir, rename,
    replace, unlink, rmdir, symlink, os.open for writing, open() for writing) are
    patched to raise PermissionError for paths inside a frozen folder. As another user
    the folder is really made read-only with chmod.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.frozen: list[Path] = []
        self.modes: list[tuple[Path, int]] = []
        self.as_root = os.geteuid() == 0
        if self.as_root:
            for name in ("mkdir", "rename", "replace", "unlink", "rmdir", "symlink"):
                monkeypatch.setattr(os, name, self._refuse(getattr(os, name)))
            monkeypatch.setattr(os, "open", self._os_open(os.open))
            monkeypatch.setattr(builtins, "open", self._open(builtins.open))
            monkeypatch.setattr(io, "open", self._open(io.open))

    def __call__(self, folder: Path) -> None:
        self.frozen.append(folder.absolute())
        if not self.as_root:
            for d in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
                self.modes.append((d, d.stat().st_mode))
                d.chmod(stat.S_IRUSR | stat.S_IXUSR)

    def restore(self) -> None:
        for d, mode in reversed(self.modes):
            d.chmod(mode)

    def inside(self, p: object) -> bool:
        if not isinstance(p, str | bytes | os.PathLike):
            return False
        target = Path(os.fsdecode(p)).absolute()
        return any(target == f or f in target.parents for f in self.frozen)

    def _deny(self, p: object) -> PermissionError:
        return PermissionError(errno.EACCES, "Permission denied (simulated read-only)", str(p))

    def _refuse(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            for p in args[:2]:
                if self.inside(p):
                    raise self._deny(p)
            return real(*args, **kwargs)

        return call

    def _os_open(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(path: Any, flags: int, *args: Any, **kwargs: Any) -> Any:
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and self.inside(path):
                raise self._deny(path)
            return real(path, flags, *args, **kwargs)

        return call

    def _open(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if any(c in mode for c in "wax+") and self.inside(file):
                raise self._deny(file)
            return real(file, mode, *args, **kwargs)

        return call


class ConstantEmbedder:
    """Same model id and size as the real one, instant vectors: the interrupted-build
    cases exercise the write path only (nothing built with it is ever published)."""

    def __init__(self, model_id: str, dim: int) -> None:
        self.model_id, self.dim = model_id, dim

    def encode(self, texts: Any, *args: Any, **kwargs: Any) -> np.ndarray:
        return np.full((len(texts), self.dim), self.dim**-0.5, dtype=np.float32)
