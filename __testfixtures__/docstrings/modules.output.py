#!/usr/bin/env python3
# Copyright the authors.

"""The modules module."""

import os


def main():
    """Run the program."""
    print(os.getcwd())
