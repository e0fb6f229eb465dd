# error: SyntaxError: 'break' outside loop
for i in range(3):
    def inner():
        break
