# error: SyntaxError: expected ':'
class Empty
    pass
