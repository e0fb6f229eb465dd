# error: SyntaxError: expression cannot contain assignment, perhaps you meant "=="?
f(a.b=1)
