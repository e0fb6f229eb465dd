# error: SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='?
def g():
    (yield) = 1
