# error: SyntaxError: cannot use '_' as a target
match x:
    case 1 as _:
        pass
