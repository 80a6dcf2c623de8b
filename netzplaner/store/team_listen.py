"""Listening for others' changes to a team network: LISTEN/NOTIFY on a background thread (issue 14, item 2).

The triggers (``team_schema``) announce each changed table's entity kind once per statement; the notification
carries the sending backend's process id, so the store's own sessions are skipped. Notifications arriving within a
short moment are gathered into one call. When the connection is lost the listener says so (``on_online(False)``),
tries again every second, and once back says so and reports every kind as changed, since it may have missed some.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection

from .team_schema import CHANNEL, KIND_OF_TABLE

ALL_KINDS = frozenset(KIND_OF_TABLE.values())
GATHER_SECONDS = 0.1  # how long notifications are gathered into one call (well inside the 2 s others may wait)
RETRY_SECONDS = 1.0

log = logging.getLogger(__name__)


class ChangeListener:
    """One background thread listening on its own connection. ``connect()`` makes an autocommit psycopg
    connection; ``own_pids`` are the backend process ids of the store's own sessions (kept up to date by it)."""

    def __init__(self, connect: Callable[[], object], own_pids: Collection[int],
                 on_change: Callable[[frozenset[str]], None],
                 on_online: Callable[[bool], None] | None = None) -> None:
        self._connect = connect
        self._own_pids = own_pids
        self._on_change = on_change
        self._on_online = on_online
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="netzplaner-listen", daemon=True)
        self.listening = threading.Event()  # set while LISTEN is in force (tests wait for it)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _call(self, callback: Callable | None, value) -> None:
        if callback is None:
            return
        try:
            callback(value)
        except Exception:  # a listener's own error must not end listening
            log.exception("a change listener failed")

    def _run(self) -> None:
        online = True
        while not self._stopping.is_set():
            try:
                conn = self._connect()
            except Exception:
                if online:
                    online = False
                    self._call(self._on_online, False)
                self._stopping.wait(RETRY_SECONDS)
                continue
            try:
                with conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if not online:
                        online = True
                        self._call(self._on_online, True)
                        self._call(self._on_change, ALL_KINDS)  # what happened while we were away
                    self._listen(conn)
            except Exception:
                self.listening.clear()
                if self._stopping.is_set():
                    break
                online = False
                self._call(self._on_online, False)
                self._stopping.wait(RETRY_SECONDS)
        self.listening.clear()

    def _listen(self, conn) -> None:
        while not self._stopping.is_set():
            kinds = {note.payload for note in conn.notifies(timeout=GATHER_SECONDS)
                     if note.pid not in self._own_pids and note.payload in ALL_KINDS}
            if kinds and not self._stopping.is_set():
                self._call(self._on_change, frozenset(kinds))
