# error: SyntaxError: multiple assignments to name 'x' in pattern
match p:
    case [x, x]:
        pass
