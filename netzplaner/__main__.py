"""``python -m netzplaner`` runs the same entry point as the ``netzplaner`` command."""

import sys

from .cli import main

sys.exit(main())
