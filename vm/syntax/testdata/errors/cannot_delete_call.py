# error: SyntaxError: cannot delete function call
del f()
