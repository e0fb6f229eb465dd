# error: SyntaxError: expected '('
def greet:
    pass
