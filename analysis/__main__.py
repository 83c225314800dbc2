"""``python -m analysis build|info|report``: the command line (``analysis.cli``)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
