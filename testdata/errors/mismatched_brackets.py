# error: SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
print(1, 2]
