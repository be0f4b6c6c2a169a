import os
import shutil


def read_rows(cursor):
    # Returns the rows the cursor has not fetched yet, as a list of tuples.
    return list(cursor.fetchall())


def clean_cache(directory):
    # Cleanup the cache files that an interrupted build left behind.
    shutil.rmtree(os.path.join(directory, "cache"), ignore_errors=True)


def apply_patches(tree, patches):
    # Applies each patch to the tree in order, stopping at the first conflict.
    for patch in patches:
        if not patch.apply(tree):
            break


class ParserTests:
    # Tests for the parser's handling of nested brackets and unclosed strings.
    def check(self):
        return True
