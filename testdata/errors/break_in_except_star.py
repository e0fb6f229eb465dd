# error: SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
for x in range(3):
    try:
        pass
    except* ValueError:
        break
