# error: SyntaxError: unterminated triple-quoted string literal (detected at line 3)
doc = """start
more
