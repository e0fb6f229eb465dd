# error: SyntaxError: cannot assign to True
f(True=1)
