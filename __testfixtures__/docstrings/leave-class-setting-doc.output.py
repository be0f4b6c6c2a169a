class SpecialForm:
    __slots__ = ("_name", "__doc__", "_getitem")

    def __init__(self, getitem):
        """Initialize the special form.

        Args:
            getitem: The getitem.
        """
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__


class Alias:
    __doc__ = "An alias; its documentation is set below."

    def target(self):
        """Target."""
        return None
