# error: IndentationError: expected an indented block after 'with' statement on line 2
with open(f) as g:
g
