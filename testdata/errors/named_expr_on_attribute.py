# error: SyntaxError: cannot use assignment expressions with attribute
if (obj.attr := 5):
    pass
