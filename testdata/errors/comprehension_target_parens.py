# error: SyntaxError: did you forget parentheses around the comprehension target?
pairs = [x, y for x in range(3)]
