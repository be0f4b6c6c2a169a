class Parser:
    """A parser."""

    def parse(this, text):
        """Parse the text.

        Args:
            text: The text.

        Returns:
            The text.
        """
        return text

    @staticmethod
    def tokenize(text, separator=" "):
        """Tokenize the text.

        Args:
            text: The text.
            separator: The separator. Defaults to " ".

        Returns:
            The result.
        """
        return text.split(separator)

    @classmethod
    def create(klass, strict):
        """Create a new parser.

        Args:
            strict: The strict.

        Returns:
            The new parser.
        """
        return klass()

    def variadic(*args):
        """Return the variadic.

        Args:
            *args: Additional positional arguments.

        Returns:
            The arguments.
        """
        return args
