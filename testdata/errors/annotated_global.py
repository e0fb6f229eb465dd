# error: SyntaxError: annotated name 'limit' can't be global
def f():
    global limit
    limit: int = 5
