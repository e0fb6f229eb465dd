# error: SyntaxError: positional patterns follow keyword patterns
match p:
    case Point(x=1, 2):
        pass
