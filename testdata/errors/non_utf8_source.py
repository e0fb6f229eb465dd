# error: SyntaxError: Non-UTF-8 code starting with '\xe9' in file {file} on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details
# The next line holds a Latin-1 byte, and no coding cookie says so.
name = "café"
