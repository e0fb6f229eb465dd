# error: SyntaxError: name capture 'anything' makes remaining patterns unreachable
match p:
    case anything:
        pass
    case 1:
        pass
