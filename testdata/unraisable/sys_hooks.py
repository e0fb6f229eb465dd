# sys.displayhook (PRINT_EXPR in 'single' mode), sys.unraisablehook and
# sys.excepthook, replaced by the program, failing, and restored.
import sys
print(sys.excepthook is sys.__excepthook__, sys.displayhook.__name__, sys.unraisablehook.__module__)
exec(compile("1 + 2", "<s>", "single"))
exec(compile("None", "<s>", "single"))
print(_)
exec(compile("'x' * 3; 4", "<s>", "single"))
def dh(v):
    print("displayhook got", v)
sys.displayhook = dh
exec(compile("5", "<s>", "single"))
sys.displayhook = sys.__displayhook__
sys.__displayhook__([1, 2])
def uh(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, args.err_msg, type(args.object).__name__, type(args).__name__, args.exc_traceback is not None)
sys.unraisablehook = uh
def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
for x in g():
    break
def badhook(args):
    raise KeyError("hook failed")
sys.unraisablehook = badhook
for x in g():
    break
sys.unraisablehook = sys.__unraisablehook__
for x in g():
    break
def eh(t, v, tb):
    print("excepthook:", t.__name__, v, tb.tb_lineno, sys.last_value is v)
    raise RuntimeError("hook broke")
sys.excepthook = eh
print("before")
raise ZeroDivisionError("the end")
