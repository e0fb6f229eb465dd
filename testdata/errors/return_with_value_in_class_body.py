# error: SyntaxError: 'return' outside function
class K:
    def ok(self):
        return 1
    return 2
