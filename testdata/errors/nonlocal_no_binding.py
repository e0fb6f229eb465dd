# error: SyntaxError: no binding for nonlocal 'missing' found
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
