"""``python -m vokasi_desktop``."""

import sys

from vokasi_desktop.cli import main

sys.exit(main())
