# error: SyntaxError: expected 'else' after 'if' expression
y = 1
x = 1 if y
