import sys

from . import _lxml


def register_treebuilders_from(module):
    this_module = sys.modules[__name__]
    for name in module.__all__:
        setattr(this_module, name, getattr(module, name))


register_treebuilders_from(_lxml)
