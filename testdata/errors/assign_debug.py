# error: SyntaxError: cannot assign to __debug__
__debug__ = False
