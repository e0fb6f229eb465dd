# error: SyntaxError: expected 'else' after 'if' expression
x = a if b
