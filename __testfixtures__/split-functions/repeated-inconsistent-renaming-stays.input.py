"""Geometry of boxes."""


def widen(box, left, right):
    box.check()

    # Move the edges of the box.
    box.left = left - 1
    box.right = right + 1
    box.width = box.right - box.left

    return box


def narrow(box, left, right):
    box.check()

    # Move the edges of the box.
    box.left = right - 1
    box.right = left + 1
    box.width = box.right - box.left

    return box
