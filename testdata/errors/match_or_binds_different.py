# error: SyntaxError: alternative patterns bind different names
match p:
    case [x] | (y,):
        pass
