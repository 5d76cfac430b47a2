"""``python -m vokasi_desktop`` (also the PyInstaller entry point)."""

import multiprocessing
import sys

from vokasi_desktop.cli import main

if __name__ == "__main__":
    # Frozen builds start worker processes (bulk certificate rendering) through this file.
    multiprocessing.freeze_support()
    sys.exit(main())
