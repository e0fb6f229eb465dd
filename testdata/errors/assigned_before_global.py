# error: SyntaxError: name 'total' is assigned to before global declaration
def f():
    total = 1
    global total
