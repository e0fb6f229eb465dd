# error: SyntaxError: positional patterns follow keyword patterns
match x:
    case C(a=1, b):
        pass
