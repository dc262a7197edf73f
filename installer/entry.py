"""Entry script of the bundle: no arguments start the window, any arguments the headless CLI."""

from __future__ import annotations

import sys

from ehbc_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
