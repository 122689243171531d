"""Entry point of the bundled command line (PyInstaller): ``commsplanner-cli COMMAND …``."""

import sys

from commsplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
