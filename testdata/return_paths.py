"""Where returns go: constants, implicit returns after branches, returns
inside loops, with blocks, try/finally and handlers."""


def const_return(flag):
    if flag:
        return 1
    return "one"


def implicit_after_if(x):
    if x > 0:
        print("positive")
    elif x < 0:
        print("negative")


def implicit_after_else(x):
    if x:
        y = 1
    else:
        y = 2
    print(y)


def return_in_for(items):
    for item in items:
        if item == "stop":
            return item
    return None


def return_in_nested_for(grid):
    for row in grid:
        for cell in row:
            if cell:
                return cell


def return_in_while():
    n = 0
    while True:
        n += 1
        if n == 3:
            return n


def return_in_with(cm):
    with cm as value:
        return value


def return_in_try_finally(log):
    try:
        return "from try"
    finally:
        log.append("finally")


def return_in_except():
    try:
        raise ValueError
    except ValueError as err:
        return type(err).__name__
    finally:
        pass


def return_tuple_and_expr(a, b):
    if a:
        return a, b
    return a + b if b else -a


def ternary_tail(a, b):
    a if b else 1


def return_lambda():
    return lambda: None


class CM:
    def __enter__(self):
        return "entered"

    def __exit__(self, *exc):
        return False


log = []
print(const_return(1), const_return(0), implicit_after_if(1), implicit_after_else(0))
print(return_in_for(["a", "stop"]), return_in_nested_for([[0, 0], [0, 7]]), return_in_while())
print(return_in_with(CM()), return_in_try_finally(log), log, return_in_except())
print(return_tuple_and_expr(1, 2), return_tuple_and_expr(0, 0), ternary_tail(1, 0), return_lambda()())
x = 5
x if x else 1
