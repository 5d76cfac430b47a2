"""The command line (``vokasi-desktop``, ``python -m vokasi_desktop``).

``entry`` builds the parser and dispatches; each feature module (``documents``, ``keys``,
``backup``, ...) registers its own subcommands; ``login`` is the shared CLI login.
"""

from vokasi_desktop.cli.entry import build_parser, main

__all__ = ["build_parser", "main"]
