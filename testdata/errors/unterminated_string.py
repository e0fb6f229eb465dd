# error: SyntaxError: unterminated string literal (detected at line 2)
greeting = 'hello
