# error: SyntaxError: positional argument follows keyword argument unpacking
f(**kw, b)
