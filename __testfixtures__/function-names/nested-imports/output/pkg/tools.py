def optim_args():
    return []
