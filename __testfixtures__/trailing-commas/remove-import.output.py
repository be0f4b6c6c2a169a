from os.path import (join, split)
from os import (sep)
