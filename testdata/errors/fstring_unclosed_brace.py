# error: SyntaxError: f-string: expecting '}'
value = 3
print(f'{value')
