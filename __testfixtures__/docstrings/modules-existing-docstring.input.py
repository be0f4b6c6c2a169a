"""Already has a module docstring."""

import os
