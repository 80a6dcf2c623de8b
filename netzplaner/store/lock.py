"""A lock file beside the document that tells a second process who holds it.

Plain files rather than QLockFile so that the command line and the store stay free of Qt; the idea is the
same: create-exclusive, the holder written inside, a stale lock (its process gone on this host) taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import NetzplanerError


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (since {self.since})"


class LockedError(NetzplanerError):
    """Another process holds the document."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        self.path = path
        self.holder = holder
        super().__init__(
            "“{name}” is already open by {user} on {host} since {since}; you can open it read-only.",
            name=path.name, user=holder.user, host=holder.host, since=holder.since)


def lock_path_for(document: Path) -> Path:
    return document.with_name(document.name + ".lock")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        exit_code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code))
        kernel32.CloseHandle(handle)
        return exit_code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def current_holder() -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: still lock, just say less
        user = "unknown user"
    return LockHolder(user=user, host=socket.gethostname(), pid=os.getpid(),
                      since=datetime.now().strftime("%d.%m.%Y %H:%M"))


def read_holder(lock_file: Path) -> LockHolder | None:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DocumentLock:
    """Held while a document is open for writing; ``release`` (or process death) frees it."""

    def __init__(self, document: Path) -> None:
        self.path = lock_path_for(document)
        self.document = document
        self.held = False

    def acquire(self) -> None:
        holder = current_holder()
        payload = json.dumps(holder.__dict__).encode("utf-8")
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                other = read_holder(self.path)
                if other is not None and not self._is_stale(other):
                    raise LockedError(self.document, other)
                # stale or unreadable (a crash mid-write): take it over
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            self.held = True
            return
        other = read_holder(self.path) or holder
        raise LockedError(self.document, other)

    @staticmethod
    def _is_stale(holder: LockHolder) -> bool:
        return holder.host == socket.gethostname() and not pid_alive(holder.pid)

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
