# Frame objects' f_trace, f_trace_lines, f_trace_opcodes and clear().
import sys
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace = print
print(f.f_trace is print)
f.f_trace = None
print(f.f_trace)
f.f_trace_lines = False
f.f_trace_opcodes = True
print(f.f_trace_lines, f.f_trace_opcodes)
for bad in (1, None):
    try:
        f.f_trace_lines = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del f.f_trace_opcodes
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
del f.f_trace
print(f.f_trace)
try:
    f.clear()
except RuntimeError as e:
    print("RuntimeError:", e)

def gen():
    try:
        yield sys._getframe()
        yield 2
    finally:
        print("gen finally")

g = gen()
gf = next(g)
gf.clear()
print(g.gi_frame, list(g))

def inner():
    x, y = 1, [2]
    return sys._getframe()

fr = inner()
print(sorted(fr.f_locals))
print(fr.clear(), fr.f_locals, fr.f_trace)

def running():
    g2 = (sys._getframe() for _ in range(1))
    fr2 = next(g2)
    return fr2
print(running().f_code.co_name)
g3 = gen()
fr3 = g3.gi_frame
fr3.clear()
print(g3.gi_frame, list(g3))
