# error: SyntaxError: f-string expression part cannot include a backslash
words = ['a', 'b']
print(f'{"\n".join(words)}')
