# error: SyntaxError: 'yield' outside function
yield 5
