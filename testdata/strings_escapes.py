# String literals with every escape form.
newline = "line one\nline two"
tabbed = "a\tb\tc"
quotes = 'it\'s "quoted"'
backslash = "back\\slash"
hex_escape = "\x41\x42\x43"
octal_escape = "\101\102\7"
unicode_escape = "caf\u00e9 \U0001F600"
named = "\N{GREEK SMALL LETTER ALPHA}\N{BULLET}"
raw = r"\d+\.\d+"
bell_and_friends = "\a\b\f\v\r"
continued = "abc\
def"
triple = """first
    second "with quotes"
third"""
implicit = ("implicit " "concatenation " 'of ' "parts")
non_ascii = "naïve façade — ünïcode ✓"
null_char = "nul\0char"

for s in (newline, tabbed, quotes, backslash, hex_escape, octal_escape,
          unicode_escape, named, raw, bell_and_friends, continued, triple,
          implicit, non_ascii, null_char):
    print(repr(s), len(s))
print(ascii(non_ascii))
