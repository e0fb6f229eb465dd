# error: SyntaxError: import * only allowed at module level
def f():
    from math import *
