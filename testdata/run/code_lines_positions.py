# code.co_lines(), co_positions(), co_lnotab and _varname_from_oparg, read
# from the location table as CPython 3.11 reads it.
import sys
def f(a, b=2):
    x = a + b
    if x > 3:
        return [i * 2 for i in range(x)]
    try:
        y = 1 / (x - 3)
    except ZeroDivisionError:
        y = None
    return (x,
            y)
def g():
    yield 1
    yield from range(3)
class C:
    def m(self):
        return self.z
for fn in (f, g, C.m, f.__code__.co_consts[1] if False else f):
    c = fn.__code__
    print(fn.__name__, list(c.co_lines()))
    print(list(c.co_positions()))
    print(c.co_lnotab)
print(len(list(f.__code__.co_positions())) * 2 == len(f.__code__.co_code))
src = "x = 1\n" + "\n" * 300 + "y = 2\n" + "z = (1 +\n 2)\n"
code = compile(src, "<big>", "exec")
print(list(code.co_lines()), code.co_lnotab)
print(list(code.co_positions()))
print(type(f.__code__.co_lines()).__name__, type(f.__code__.co_positions()).__name__, type(f.__code__.co_lines()).__basicsize__)
print(f.__code__._varname_from_oparg(2), f.__code__._varname_from_oparg(oparg=0))
try: f.__code__._varname_from_oparg(9)
except IndexError as e: print("IndexError", e)
it = f.__code__.co_lines(); print(iter(it) is it)
mod = compile("def h():\n  return 1\n", "<m>", "exec")
print(list(mod.co_lines()), list(mod.co_consts[0].co_lines()))
