# error: SyntaxError: duplicate argument 'a' in function definition
f = lambda a, a: a
