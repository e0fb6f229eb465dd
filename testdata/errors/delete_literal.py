# error: SyntaxError: cannot delete literal
del 42
