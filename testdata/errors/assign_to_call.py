# error: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
def f():
    pass
f() = 3
