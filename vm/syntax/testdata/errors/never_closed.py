# error: SyntaxError: '(' was never closed
values = (1,
          2,
