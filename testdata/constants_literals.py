"""Literals of every constant type."""

none_value = None
flags = (True, False)
ellipsis_value = ...
small = 7
negative = -42
hexadecimal = 0xFF
octal = 0o755
binary = 0b1010_1010
with_underscores = 1_000_000
floating = 3.14159
exponent = 6.02e23
tiny = 1e-9
imaginary = 2j
complex_sum = 1 + 2j
text = 'single'
other_text = "double"
raw = r"C:\new\table"
data = b"\x00\x01bytes"
empty_tuple = ()
nested = ((1, 2), (3, (4, 5)), "six", None)

print(none_value, flags, ellipsis_value)
print(small, negative, hexadecimal, octal, binary, with_underscores)
print(floating, exponent, tiny, imaginary, complex_sum)
print(text, other_text, raw, data, empty_tuple, nested)
print(type(small).__name__, type(floating).__name__, type(imaginary).__name__)
