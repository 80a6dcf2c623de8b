"""A throwaway PostgreSQL cluster for the team-network tests: initdb and pg_ctl in a temporary folder, a free port
on 127.0.0.1, started once per test session and removed at the end (issue 14, "Tests and figures").

initdb refuses to run as root; then the cluster runs as the ``postgres`` user with the temporary folder owned by
it. Host connections need a password (scram-sha-256), so wrong passwords are really refused. The cluster is tuned
for tests (no fsync): nothing here is a durability measurement.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "throwaway-superuser-secret"


def find_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else the newest of Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One running cluster. ``url`` is the superuser's; ``new_database()`` makes an empty database per test."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="netzplaner-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._names = itertools.count(1)
        self._owner = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
        if self._owner is not None:
            os.chown(self.root, self._owner.pw_uid, self._owner.pw_gid)
        self._initdb()

    # -- running the binaries (as postgres when we are root) ------------------------------------------------

    def _preexec(self):
        owner = self._owner
        if owner is None:
            return None

        def become_postgres() -> None:
            os.setgid(owner.pw_gid)
            os.setuid(owner.pw_uid)
        return become_postgres

    def _run(self, *args: str) -> None:
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        if self._owner is not None:
            env["HOME"] = self._owner.pw_dir
        result = subprocess.run([str(self.binaries / args[0]), *args[1:]], cwd=self.root, env=env,
                                preexec_fn=self._preexec(), capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def _initdb(self) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if self._owner is not None:
            os.chown(pwfile, self._owner.pw_uid, self._owner.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}", "--auth=scram-sha-256",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()

    def start(self) -> None:
        options = (f"-p {self.port} -h 127.0.0.1 -k {self.root} -c fsync=off -c synchronous_commit=off "
                   f"-c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        """Stop the server at once (the fault test restarts it with ``start``)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    def remove(self) -> None:
        try:
            self.stop()
        except RuntimeError:
            pass  # already stopped
        shutil.rmtree(self.root, ignore_errors=True)

    # -- what the tests use ------------------------------------------------------------------------------

    def url_for(self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """A connection URL; with ``password`` None the URL carries none."""
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    @property
    def url(self) -> str:
        """The superuser's URL, password included."""
        return self.url_for("postgres", SUPERUSER, SUPERUSER_PASSWORD)

    def superuser_url(self, dbname: str) -> str:
        return self.url_for(dbname, SUPERUSER, SUPERUSER_PASSWORD)

    def execute(self, sql: str, dbname: str = "postgres") -> list[tuple]:
        """Run one statement as the superuser outside a transaction; the rows it returns, if any."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, password=SUPERUSER_PASSWORD,
                             dbname=dbname, autocommit=True) as conn:
            cursor = conn.execute(sql)
            return cursor.fetchall() if cursor.description else []

    def new_database(self, name: str | None = None) -> str:
        """A fresh, empty database; returns the superuser's URL of it."""
        name = name or f"test_{os.getpid()}_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}"')
        return self.superuser_url(name)

    def create_user(self, name: str, password: str) -> None:
        """A login role with a password (the team commands grant it a role; they never set passwords)."""
        escaped = password.replace("'", "''")
        self.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{escaped}'")


def start_server() -> PgServer | None:
    """A started cluster, or None when no PostgreSQL binaries are installed."""
    binaries = find_binaries()
    if binaries is None:
        return None
    server = PgServer(binaries)
    server.start()
    return server
