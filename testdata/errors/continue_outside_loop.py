# error: SyntaxError: 'continue' not properly in loop
def f():
    continue
