# error: SyntaxError: wildcard makes remaining patterns unreachable
match p:
    case _:
        pass
    case 2:
        pass
