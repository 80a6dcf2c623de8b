"""Rules for the files Netzplaner writes, shared by the document store and the exports.

The users are on Windows: a name Windows refuses, or a file another program holds open, must end in one clear
sentence wherever a file is written, on every platform (a document made on Linux is opened on Windows).
"""

from __future__ import annotations

import os
import re
import stat
import time
from pathlib import Path

from .errors import NetzplanerError

WINDOWS_MAX_PATH = 259  # MAX_PATH is 260 including the closing NUL
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_FORBIDDEN_CHARS = re.compile(r'[<>:"|?*\x00-\x1f]')
REPLACE_ATTEMPTS = 5
REPLACE_FIRST_PAUSE = 0.1  # seconds; doubled after each refusal (0.1 + 0.2 + 0.4 + 0.8: 1.5 s in all)


def windows_name_problem(path: Path | str) -> NetzplanerError | None:
    """Why Windows would refuse ``path`` as a file to write, as one sentence; None when it is fine."""
    path = Path(path)
    name = path.name
    if not name:
        return None
    if name.rstrip(" .") != name:
        return NetzplanerError("“{name}” ends in a dot or a space, which Windows does not allow in a file name; "
                               "please choose another name.", name=name)
    if name.split(".")[0].rstrip(" ").upper() in _RESERVED:
        return NetzplanerError("“{name}” is a name Windows reserves for a device; please choose another name.",
                               name=name)
    if _FORBIDDEN_CHARS.search(name):
        return NetzplanerError("“{name}” contains a character Windows does not allow in a file name "
                               "(< > : \" | ? * or a control character); please choose another name.", name=name)
    full = str(path.absolute())
    if len(full) > WINDOWS_MAX_PATH:
        return NetzplanerError("The path of “{name}” is {length} characters long; Windows allows {limit}. "
                               "Please choose a shorter name or a folder nearer the top.",
                               name=name, length=len(full), limit=WINDOWS_MAX_PATH)
    return None


def refuse_bad_windows_name(path: Path | str) -> None:
    problem = windows_name_problem(path)
    if problem is not None:
        raise problem


def _umask() -> int:
    try:  # Linux tells the umask without changing it (os.umask would, for a moment, for every thread)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The permissions a program gives a new file of the user's: 0666 less the umask."""
    return 0o666 & ~_umask()


def adopt_file_attributes(fd: int, target: Path) -> None:
    """Give the open temp file ``fd`` the mode, group and owner of ``target`` (or a new file's mode).

    The temp file replaces ``target``; without this a private document would become readable by everyone and
    an export would stay 0600. Owner and group are kept where the system lets us (only root may give a
    file away; a group the user belongs to is allowed)."""
    try:
        old = os.stat(target)
    except OSError:
        mode = new_file_mode()
    else:
        mode = stat.S_IMODE(old.st_mode)
        if hasattr(os, "fchown"):
            for uid, gid in ((old.st_uid, old.st_gid), (-1, old.st_gid)):
                try:
                    os.fchown(fd, uid, gid)
                    break
                except OSError:
                    continue
    if hasattr(os, "fchmod"):  # Windows knows only a read-only flag, which a new temp file does not have
        os.fchmod(fd, mode)


def replace_file(tmp: Path, target: Path) -> None:
    """``os.replace`` that waits a moment while another program holds ``target`` (Windows refuses to replace
    a file that Excel, a virus scanner or a sync client has open) and then says so in one sentence."""
    pause = REPLACE_FIRST_PAUSE
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(tmp, target)
            return
        except IsADirectoryError:
            raise NetzplanerError("“{name}” is a folder; please choose a file name.", name=target.name)
        except PermissionError:
            if not os.access(target.parent, os.W_OK):
                raise NetzplanerError("The folder of “{name}” is write-protected; please choose another folder.",
                                      name=target.name)
            if attempt == REPLACE_ATTEMPTS - 1:
                break
            time.sleep(pause)
            pause *= 2
    raise NetzplanerError(
        "“{name}” cannot be replaced because another program is using it (perhaps Excel, a virus scanner or a "
        "sync program such as OneDrive); close it there and try again.", name=target.name)
