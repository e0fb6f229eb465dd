# error: SyntaxError: dict unpacking cannot be used in dict comprehension
d = {**x for x in range(3)}
