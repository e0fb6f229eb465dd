# error: SyntaxError: expected 'except' or 'finally' block
try:
    x = 1
print(x)
