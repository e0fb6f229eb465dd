# error: SyntaxError: name 'y' is assigned to before nonlocal declaration
def outer():
    y = 0
    def inner():
        y = 1
        nonlocal y
    return inner
