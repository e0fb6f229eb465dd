# error: SyntaxError: can't use starred expression here
x = *range(3)
