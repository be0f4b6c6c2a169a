class ComputeError(Exception):
    pass


class VirtualInterfaceCreateException(ComputeError):
    pass


class ResizeError(ComputeError):
    pass
