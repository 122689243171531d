"""Entry point of the bundled desktop app (PyInstaller): ``commsplanner [FILE]``."""

import sys

from commsplanner.launcher import main

if __name__ == "__main__":
    sys.exit(main())
