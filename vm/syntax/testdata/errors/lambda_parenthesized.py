# error: SyntaxError: Lambda expression parameters cannot be parenthesized
f = lambda (x): x
