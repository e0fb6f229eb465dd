# error: SyntaxError: 'return' outside function
class C:
    return 1
