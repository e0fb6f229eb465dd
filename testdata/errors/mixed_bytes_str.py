# error: SyntaxError: cannot mix bytes and nonbytes literals
data = 'text' b'bytes'
