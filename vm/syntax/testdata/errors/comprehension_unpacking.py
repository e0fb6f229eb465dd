# error: SyntaxError: iterable unpacking cannot be used in comprehension
[*a for a in b]
