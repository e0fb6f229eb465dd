# error: SyntaxError: unterminated string literal (detected at line 2)
name = "world
print(name)
