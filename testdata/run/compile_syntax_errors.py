# compile(), exec() and eval() of text with syntax errors: the exception's
# attributes. Text is read with the string tokenizer: only 'exec' adds a
# newline after the last line, the error line comes from the text, and a
# str counts columns in characters where bytes count bytes.
srcs = [("1 +", "eval"), ("x = 1", "eval"), ("def f(:", "exec"), ("a b", "single"), ("1 +\n", "single"), ("for x in y:", "single"),
        ("if 1:\n  pass\n pass", "exec"), ("return 1", "exec"), ("yield", "eval"), ("(", "eval"), ("'abc", "eval"), ("f'{'", "eval"),
        ("x = 1\ny = 2", "single"), ("lambda: (yield)", "eval"), ("del 1", "exec"), ("1 = x", "exec"), ("", "eval"), ("  1", "eval"),
        ("\t1", "single"), ("a := 1", "exec"), ("nonlocal x", "exec"), ("break", "exec"), ("x: int = 1", "eval"), ("import", "single")]
for s, mode in srcs:
    try:
        compile(s, "<s>", mode)
        print(repr(s), mode, "ok")
    except SyntaxError as e:
        print(repr(s), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    try:
        eval(s) if mode == "eval" else exec(s)
    except SyntaxError as e:
        print("  run:", type(e).__name__, e)
    except Exception as e:
        print("  run:", type(e).__name__, e)

srcs2 = [("x = (1,\n2 3)\ny = 5", "exec"), ("x = (1,\n2 3)\ny = 5", "eval"), ("x = '''abc\ndef\n", "exec"), ("x = '''abc\ndef\n", "eval"),
        ("é = 1 +", "eval"), (b"\xc3\xa9 = 1 +", "eval"), ("é + é +", "exec"), (b"\xc3\xa9 + \xc3\xa9 +", "exec"),
        ("if x:\n    pass\n  else:\n    pass", "exec"), ("def f():\n  return (\n", "single"), ("1\n2", "eval"), ("1\n2\n", "single"),
        ("print 'x'", "exec"), ("f(**x, *y)", "eval"), ("x = [1, 2", "exec"), ("x = {1: 2,\n 3}", "eval"), ("async = 1", "exec"),
        ("'''", "eval"), ("f'{x!z}'", "eval"), ("0777", "eval"), ("1_000_", "eval"), ("\\", "exec"), ("x = 1 \\\n", "exec"),
        ("class C:\n\tx = 1\n        y = 2", "exec"), ("é = 'a' 'b' é", "exec"), ("a = 1\nb = 2 +\nc = 3", "exec")]
for s, mode in srcs2:
    try:
        compile(s, "<s>", mode)
        print(repr(s), mode, "ok")
    except SyntaxError as e:
        print(repr(s), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("  str:", e)
compile("x = (\n", __file__, "exec")
