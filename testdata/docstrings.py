"""Module docstring.

It spans several lines and is stored in __doc__.
"""


def documented(a, b):
    """Return the sum of a and b."""
    return a + b


def undocumented():
    return "no docstring" + " here"


def docstring_only():
    """Nothing but a docstring."""


def not_a_docstring():
    x = 1
    "this string is an expression statement, not a docstring"
    return x


def f_string_not_docstring():
    f"""f-strings are never docstrings"""
    return 0


class Widget:
    """A widget."""

    def method(self):
        """Method docstring."""
        return self

    class Part:
        'single-quoted class docstring'


lam = lambda: "lambdas have no docstrings"
print(__doc__.splitlines()[0], documented.__doc__, undocumented.__doc__)
print(docstring_only.__doc__, not_a_docstring.__doc__, f_string_not_docstring.__doc__)
print(Widget.__doc__, Widget.method.__doc__, Widget.Part.__doc__, lam.__doc__)
print(documented.__code__.co_consts[0], docstring_only())
