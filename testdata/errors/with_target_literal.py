# error: SyntaxError: cannot assign to literal
with open('x') as 1:
    pass
