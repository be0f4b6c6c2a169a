def lazy_name(optim_args):
    from pkg.tools import optim_args_from_interpreter_flags
    return optim_args_from_interpreter_flags() + optim_args
