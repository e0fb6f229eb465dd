# error: SyntaxError: '{' was never closed
config = {
    'a': 1,
    'b': [2, 3],

def f():
    pass
