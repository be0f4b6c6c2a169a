def lazy_module():
    from pkg import tools
    return tools.optim_args_from_interpreter_flags()


def lazy_name():
    from pkg.tools import optim_args_from_interpreter_flags
    return optim_args_from_interpreter_flags()


def lazy_import():
    import pkg.tools
    return pkg.tools.optim_args_from_interpreter_flags()


def lazy_other():
    from pkg.other import optim_args_from_interpreter_flags
    return optim_args_from_interpreter_flags()
