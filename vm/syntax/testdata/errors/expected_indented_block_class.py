# error: IndentationError: expected an indented block after class definition on line 2
class C:

