# A pair alike but for one abbreviated word: renamed together or not at all.
def pair_ids(luns, switch, first, second):
    src_helper, tgt_helper = (second, first) if switch else (first, second)
    return [src_helper[lun] + tgt_helper[lun] for lun in luns]


def compare(node):
    lhs_node = node.left
    rhs_node = node.right
    return lhs_node == rhs_node


def copy_volume(volume):
    src_vol = volume.parent
    return src_vol.size
