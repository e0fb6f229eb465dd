# error: SyntaxError: unmatched ')'
values = [1, 2])
