# error: SyntaxError: cannot mix bytes and nonbytes literals
x = "a" b"b"
