def make_release_tree(base_dir, files, link):
    dest = base_dir.rstrip("/")
    for file in files:
        link(file, dest)
    return dest
