# error: SyntaxError: multiple exception types must be parenthesized
try:
    pass
except A, B:
    pass
