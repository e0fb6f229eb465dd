# error: IndentationError: expected an indented block after 'except' statement on line 4
try:
    x
except ValueError:
x
