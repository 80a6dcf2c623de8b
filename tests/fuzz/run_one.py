"""Import one file into a new document in this process and print the outcome as JSON (for the big cases).

``python -m tests.fuzz.run_one FILE`` prints {"outcome", "message", "seconds", "peak_mb"}: the peak resident memory
of the whole process, interpreter and libraries included.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from netzplaner.domain.errors import NetzplanerError
from netzplaner.services import partners
from netzplaner.services.workspace import Workspace
from tests.fuzz.campaign import import_file, one_sentence


def main(path: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder, Workspace.create(Path(folder) / "fuzz.netzplan") as ws:
        ws.execute(partners.create_partner(ws, name="Eigene Firma", kind="company", is_own_firm=True))
        start = time.monotonic()
        try:
            import_file(ws, path)
            outcome, message = "accepted", ""
        except NetzplanerError as exc:
            outcome, message = ("refused" if one_sentence(str(exc)) else "traceback"), str(exc)
        seconds = time.monotonic() - start
    return {"outcome": outcome, "message": message, "seconds": round(seconds, 2), "peak_mb": round(peak_mb())}


def peak_mb() -> float:
    """This process's peak resident memory. Linux: VmHWM (ru_maxrss would include the parent's size at the fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
