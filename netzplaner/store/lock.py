"""The lock file beside a document: who holds it, taken atomically, stale locks recognised.

A plain file rather than QLockFile or an OS byte-range lock: the command line and the store stay free of Qt,
it works the same on a shared folder between computers, and the holder's name is inside for the message.

The rules that keep two holders apart:
- The lock is taken only by creating the file exclusively (``O_CREAT | O_EXCL``: atomic on local disks, on
  Windows, on SMB and NFS shares), never by overwriting it.
- Every other change of the file (the heartbeat, release, removing a stale lock, the user breaking a lock)
  happens under a short guard (a second exclusive file, ``NAME.lock.guard``) and only after checking that the
  file still holds what was judged. So two processes that both find the same stale lock cannot both take it
  over, and a holder whose lock was broken does not delete its successor's.

A lock is stale when its last sign of life (the heartbeat a thread of the holder writes every minute, or the
file's time, whichever is later) is older than ten minutes, or, on the same computer, when its process is gone
or is another program that got the same process id (its start time differs). A lock of another computer is
stale only by its heartbeat. An unreadable lock file (empty, binary, an impossible process id) is a lock of an
unknown holder: stale only by its file time, and the user may break it.
"""

from __future__ import annotations

import getpass
import json
import math
import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.errors import LockedError, LockLostError  # defined with the other errors a user sees

HEARTBEAT_SECONDS = 60.0
STALE_AFTER_SECONDS = 10 * 60.0
GUARD_STALE_SECONDS = 30.0  # a guard is held for a few file operations; one this old was left by a killed process
_MAX_PID = 2**32 - 1  # Windows process ids are 32-bit; Linux's are smaller
_UNREADABLE_GRACE_SECONDS = 0.5  # a lock just created exclusively is empty until its holder has written it


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str
    started: str = ""  # the holder process's start time (tells a reused process id apart)
    heartbeat: float = 0.0  # the last sign of life, seconds since the epoch
    token: str = ""  # unique per lock taken
    known: bool = True  # False: the lock file could not be read
    raw: bytes = field(default=b"", repr=False, compare=False)  # the file as read, to recognise it later

    def describe(self) -> str:
        return f"{self.user} on {self.host} (since {self.since})"

    @property
    def last_sign_of_life(self) -> datetime:
        return datetime.fromtimestamp(self.heartbeat)

    def is_same_lock(self, other: LockHolder) -> bool:
        """The same lock taken once (its heartbeat may have moved on since)."""
        if self.token and other.token:
            return self.token == other.token
        return self.raw == other.raw


def lock_path_for(document: Path) -> Path:
    return document.with_name(document.name + ".lock")


def this_host() -> str:
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    if not 0 < pid <= _MAX_PID:
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
    except PermissionError:  # alive, another user's
        return True
    except (OverflowError, OSError):
        return False
    return True


def process_start_time(pid: int) -> str:
    """When process ``pid`` started, as an opaque text; "" where that cannot be told."""
    if not 0 < pid <= _MAX_PID:
        return ""
    if sys.platform.startswith("linux"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
            boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        except OSError:
            return ""
        fields = stat.rsplit(")", 1)[-1].split()  # the name in parentheses may contain spaces
        return f"linux:{boot}:{fields[19]}" if len(fields) > 19 else ""  # field 22: clock ticks since boot
    if sys.platform == "win32":
        return _windows_start_time(pid)
    return ""


def _windows_start_time(pid: int) -> str:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ""
    try:
        creation, exited, kernel, user = (ctypes.c_ulonglong() for _ in range(4))  # FILETIMEs
        if not kernel32.GetProcessTimes(handle, ctypes.byref(creation), ctypes.byref(exited),
                                        ctypes.byref(kernel), ctypes.byref(user)):
            return ""
        return f"win:{creation.value}"
    finally:
        kernel32.CloseHandle(handle)


def process_alive(host: str, pid: int, started: str) -> bool:
    """Whether the process that wrote (host, pid, started) still runs; True for another computer's."""
    if host.casefold() != this_host().casefold():
        return True
    if not pid_alive(pid):
        return False
    now = process_start_time(pid)
    return not (started and now and now != started)


def current_holder() -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: still lock, just say less
        user = "unknown user"
    pid = os.getpid()
    return LockHolder(user=user, host=this_host(), pid=pid, since=datetime.now().strftime("%d.%m.%Y %H:%M"),
                      started=process_start_time(pid), heartbeat=time.time(), token=uuid.uuid4().hex)


def _payload(holder: LockHolder, heartbeat: float) -> bytes:
    return json.dumps({"user": holder.user, "host": holder.host, "pid": holder.pid, "since": holder.since,
                       "started": holder.started, "heartbeat": round(heartbeat, 3),
                       "token": holder.token}).encode("utf-8")


def parse_holder(raw: bytes, file_time: float) -> LockHolder:
    """What a lock file says; anything unreadable becomes a lock of an unknown holder (never an exception)."""
    try:
        data = json.loads(raw.decode("utf-8"))
        pid = data["pid"]
        if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid <= _MAX_PID:
            raise ValueError(pid)
        beat = data.get("heartbeat", 0.0)
        beat = float(beat) if isinstance(beat, (int, float)) and not isinstance(beat, bool) else 0.0
        return LockHolder(user=str(data["user"]), host=str(data["host"]), pid=pid, since=str(data["since"]),
                          started=str(data.get("started") or ""), token=str(data.get("token") or ""),
                          heartbeat=max(beat if math.isfinite(beat) else 0.0, file_time), raw=raw)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, OverflowError, RecursionError):
        since = datetime.fromtimestamp(file_time).strftime("%d.%m.%Y %H:%M") if file_time else ""
        return LockHolder(user="", host="", pid=0, since=since, heartbeat=file_time, known=False, raw=raw)


def read_holder(lock_file: Path) -> LockHolder | None:
    """The holder named in ``lock_file``; None when there is no lock file."""
    try:
        file_time = lock_file.stat().st_mtime
        raw = lock_file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:  # there, but unreadable to us: a lock all the same
        raw, file_time = b"", time.time()
    return parse_holder(raw, file_time)


def is_stale(holder: LockHolder, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    if now - holder.heartbeat > STALE_AFTER_SECONDS:
        return True
    if not holder.known:
        return False
    return not process_alive(holder.host, holder.pid, holder.started)


@contextmanager
def _guard(lock_file: Path, wait_seconds: float = GUARD_STALE_SECONDS + 5) -> Iterator[None]:
    """A short mutual exclusion for changing a lock file that exists (see the module's rules)."""
    guard = lock_file.with_name(lock_file.name + ".guard")
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            os.close(os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
            break
        except FileExistsError:
            with suppress(OSError):
                if time.time() - guard.stat().st_mtime > GUARD_STALE_SECONDS:
                    guard.unlink()
                    continue
            if time.monotonic() > deadline:
                raise TimeoutError(f"lock guard {guard} stays busy")
            time.sleep(0.002)
    try:
        yield
    finally:
        _unlink(guard)


def _unlink(path: Path) -> None:
    """Remove ``path``; on Windows a reader holding it open for a moment makes deleting fail, so retry."""
    for attempt in range(50):
        try:
            path.unlink(missing_ok=True)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == 49:
                raise
            time.sleep(0.01)


def break_lock(document: Path, holder: LockHolder) -> bool:
    """Remove the lock the user was shown (``holder``), if it is still that one; True when it is gone.

    Raises OSError when the lock file cannot be removed (a write-protected folder)."""
    lock_file = lock_path_for(document)
    try:
        with _guard(lock_file):
            current = read_holder(lock_file)
            if current is None:
                return True
            if not current.is_same_lock(holder):
                return False
            _unlink(lock_file)
            return True
    except TimeoutError:  # someone else is changing it right now: it is not the lock the user saw any more
        return False


class DocumentLock:
    """Held while a document is open for writing; ``release`` (or a stale heartbeat after a crash) frees it."""

    def __init__(self, document: Path) -> None:
        self.path = lock_path_for(document)
        self.document = document
        self.held = False
        self.holder: LockHolder | None = None
        self._stop = threading.Event()
        self._beater: threading.Thread | None = None

    def acquire(self) -> None:
        holder = current_holder()
        for _attempt in range(20):
            if self._create(holder):
                self.holder, self.held = holder, True
                self._start_heartbeat()
                return
            other = self._read_settled()
            if other is None:  # released in the meantime
                continue
            if not is_stale(other):
                raise LockedError(self.document, other)
            self._remove_if_unchanged(other)
        raise LockedError(self.document, read_holder(self.path) or holder)

    def _create(self, holder: LockHolder) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        except PermissionError:
            # Windows: a lock deleted while someone still reads it lingers ("delete pending") and refuses
            # creation with access denied; a write-protected folder refuses it too (and has no lock file).
            if sys.platform == "win32" and self.path.exists():
                time.sleep(0.01)
                return False
            raise
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_payload(holder, holder.heartbeat))
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:  # disk full: leave no empty lock behind
            self.path.unlink(missing_ok=True)
            raise
        return True

    def _read_settled(self) -> LockHolder | None:
        """The holder, waiting a moment for a lock that was created but not yet written."""
        deadline = time.monotonic() + _UNREADABLE_GRACE_SECONDS
        while True:
            other = read_holder(self.path)
            if other is None or other.known or time.monotonic() > deadline:
                return other
            time.sleep(0.01)

    def _remove_if_unchanged(self, judged: LockHolder) -> None:
        """Remove a stale lock, but only if it is still exactly the one judged stale."""
        try:
            with _guard(self.path):
                current = read_holder(self.path)
                if current is not None and current.raw == judged.raw and is_stale(current):
                    _unlink(self.path)
        except TimeoutError:
            pass  # someone else is busy with it; look again

    # -- while held -----------------------------------------------------------------------------------

    def still_held(self) -> bool:
        current = read_holder(self.path)
        return bool(self.held and current is not None and self.holder and current.token == self.holder.token)

    def ensure_held(self) -> None:
        """Raise LockLostError when someone broke this lock (saving would overwrite their work)."""
        if self.held and not self.still_held():
            raise LockLostError(self.document)

    def beat(self) -> bool:
        """Write a new sign of life into the lock; False when it is no longer ours (broken by someone)."""
        if not self.held or self.holder is None:
            return False
        tmp = self.path.with_name(f"{self.path.name}.{self.holder.token[:8]}.tmp")
        try:
            with _guard(self.path):
                current = read_holder(self.path)
                if current is None or current.token != self.holder.token:
                    return False
                tmp.write_bytes(_payload(self.holder, time.time()))
                os.replace(tmp, self.path)  # readers see the old or the new content, never half of it
        except (OSError, TimeoutError):  # a full disk, a share gone for a moment: try again next time
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
        return True

    def _start_heartbeat(self) -> None:
        self._stop.clear()
        self._beater = threading.Thread(target=self._beat_until_stopped, name="netzplaner-lock-heartbeat",
                                        daemon=True)
        self._beater.start()

    def _beat_until_stopped(self) -> None:
        while not self._stop.wait(HEARTBEAT_SECONDS):
            if not self.beat():
                return

    def release(self) -> None:
        if not self.held:
            return
        self._stop.set()
        if self._beater is not None and self._beater is not threading.current_thread():
            self._beater.join()
        self._beater = None
        self.held = False
        try:
            with _guard(self.path):
                current = read_holder(self.path)
                if current is not None and self.holder is not None and current.token == self.holder.token:
                    _unlink(self.path)
        except (OSError, TimeoutError):
            pass  # the lock stays behind and goes stale by its heartbeat; closing must not fail over it
