# error: SyntaxError: assignment expression within a comprehension cannot be used in a class body
class C:
    values = [(y := x) for x in range(3)]
