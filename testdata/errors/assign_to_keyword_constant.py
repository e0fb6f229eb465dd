# error: SyntaxError: cannot assign to True
True = 1
