# error: SyntaxError: ':' expected after dictionary key
d = {1: 2, 3 4}
