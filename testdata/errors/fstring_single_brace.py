# error: SyntaxError: f-string: single '}' is not allowed
print(f'oops }')
