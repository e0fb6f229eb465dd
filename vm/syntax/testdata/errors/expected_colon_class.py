# error: SyntaxError: expected ':'
class C(Base)
    pass
