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
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return {"outcome": outcome, "message": message, "seconds": round(seconds, 2), "peak_mb": round(peak)}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
