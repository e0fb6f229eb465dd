# error: SyntaxError: annotated name 'count' can't be nonlocal
def outer():
    count = 0
    def inner():
        nonlocal count
        count: int = 1
    return inner
