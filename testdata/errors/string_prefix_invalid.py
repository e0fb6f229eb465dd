# error: SyntaxError: invalid syntax
value = bu'text'
