# error: SyntaxError: invalid syntax
class = 3
