# error: SyntaxError: expected ':'
match x
    case 1:
        pass
