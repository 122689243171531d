"""``python -m commsplanner [FILE]`` starts the desktop app."""

import sys

from .launcher import main

sys.exit(main())
