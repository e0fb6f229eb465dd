# error: SyntaxError: assignment expression cannot be used in a comprehension iterable expression
values = [x for x in (y := [1, 2, 3])]
