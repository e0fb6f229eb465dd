# Frame objects: sys._getframe, f_back, f_lineno, f_lasti, f_locals,
# gi_frame and tb_frame, while frames run and after they end.
import sys


def here():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_lasti


def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def outer():
    def inner():
        return chain()
    return inner()


print(outer())
print(here())
print(sys._getframe() is sys._getframe(), sys._getframe(0) is sys._getframe())


def keep():
    x = 1
    f = sys._getframe()
    print("while running", sorted(f.f_locals), f.f_lineno)
    x = 2
    y = 3
    print("later", sorted((k, v) for k, v in f.f_locals.items() if k != "f"), f.f_lineno)
    return f


fr = keep()
print("after return", fr.f_back is sys._getframe(), fr.f_code.co_name)
print(fr.f_back.f_code.co_name)


def through_c():
    return list(map(lambda _: here(), [1])) + sorted([1], key=lambda _: here()[2])


print(through_c())


class Seq:
    def __getitem__(self, i):
        return here()


def subscr():
    s = Seq()
    return [s[0] for _ in range(3)]


print(subscr())


def gen():
    me = yield sys._getframe().f_lineno
    f = me.gi_frame
    yield f is sys._getframe(), f.f_back.f_code.co_name, f.f_lineno
    yield f.f_lineno


g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_back)
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_back)
print(g.send(g))
print(next(g), g.gi_frame.f_lasti)
gf = g.gi_frame
for _ in g:
    pass
print(g.gi_frame, gf.f_back, gf.f_code.co_name)


def fails():
    return 1 / 0


def catcher():
    try:
        fails()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print(tb.tb_frame is sys._getframe(), tb.tb_next.tb_frame.f_code.co_name)
        print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_frame.f_back.f_code.co_name)
        return e


e = catcher()
tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_lineno)


class Body:
    frame = sys._getframe()
    names = sorted(k for k in frame.f_locals if not k.startswith("__"))
    outer_name = frame.f_back.f_code.co_name


print(Body.names, Body.outer_name, Body.frame.f_code.co_name)
print(sys._getframe().f_locals is globals(), sys._getframe().f_back)
for i in range(2):
    print(sys._getframe().f_lineno)



def caller_line():
    return sys._getframe(1).f_lineno


def deep(n):
    if n == 0:
        lines = []
        f = sys._getframe()
        while f.f_code.co_name == "deep":
            lines.append(f.f_lineno)
            f = f.f_back
        return lines, caller_line()
    return deep(n - 1)


print(deep(3))
