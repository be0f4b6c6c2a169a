import os.path  # os: module
import xml.etree.ElementTree as tree  # tree: module
from collections import OrderedDict as Ordered, deque  # Ordered: module; deque: module


def build():  # build: module
    return os.path.join(tree.tostring(Ordered()), deque())  # os: module; tree: module; Ordered: module; deque: module
