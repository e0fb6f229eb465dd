# error: SyntaxError: expected 'except' or 'finally' block
try:
    pass
x = 1
