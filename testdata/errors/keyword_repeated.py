# error: SyntaxError: keyword argument repeated: end
print('a', end='', end='\n')
