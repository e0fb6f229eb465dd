# error: SyntaxError: unterminated triple-quoted string literal (detected at line 4)
doc = """starts here
and never
ends
