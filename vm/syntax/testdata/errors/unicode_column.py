# error: SyntaxError: invalid syntax. Perhaps you forgot a comma?
café = (1 2)
