# error: SyntaxError: invalid non-printable character U+0001
x = 1
