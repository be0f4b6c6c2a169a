def prefixed_names(names, prefix):
    pfx = prefix.rstrip("_")
    result = []
    for name in names:
        hdr = "%s_%s" % (pfx, name)
        result.append(hdr)
    return result
