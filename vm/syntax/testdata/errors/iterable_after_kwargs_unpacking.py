# error: SyntaxError: iterable argument unpacking follows keyword argument unpacking
f(**kw, *args)
