"""``python -m networkkit`` runs the command line."""

import sys

from networkkit.cli import main

sys.exit(main())
