# error: SyntaxError: bytes can only contain ASCII literal characters
x = b'café'
