# error: SyntaxError: real number required in complex literal
match x:
    case 1j + 1:
        pass
