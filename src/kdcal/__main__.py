"""``python -m kdcal <command>``: see ``kdcal.cli``."""

import sys

from kdcal.cli import main

sys.exit(main())
