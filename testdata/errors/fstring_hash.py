# error: SyntaxError: f-string expression part cannot include '#'
print(f'{1 # comment}')
