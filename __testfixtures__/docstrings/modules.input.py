#!/usr/bin/env python3
# Copyright the authors.

import os


def main():
    print(os.getcwd())
