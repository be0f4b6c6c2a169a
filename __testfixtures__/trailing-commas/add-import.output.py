from os.path import (
    join,
    split as split_path,
)
