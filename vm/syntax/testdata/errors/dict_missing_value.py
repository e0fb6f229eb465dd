# error: SyntaxError: expression expected after dictionary key and ':'
d = {1: 2, 3:}
