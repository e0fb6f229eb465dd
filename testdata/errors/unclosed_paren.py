# error: SyntaxError: '(' was never closed
total = (1 +
    2
