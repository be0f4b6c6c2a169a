def optim_args_from_interpreter_flags():
    return ["-O"]
