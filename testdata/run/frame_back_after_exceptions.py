# Frame objects that outlive their frames: tb_frame of the entries an
# exception collected, f_back along the chain, and the line and locals a
# finished frame keeps (the return, not the raise).
import sys


def chain(e):
    rows = []
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        b = f.f_back
        rows.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno,
                     b.f_code.co_name if b else None, b.f_lineno if b else None))
        tb = tb.tb_next
    return rows


def show(title, e):
    print(title)
    for row in chain(e):
        print("   ", row)


def rec(n):
    if n == 0:
        raise KeyError(n)
    return rec(n - 1)


try:
    rec(3)
except KeyError as e:
    show("recursion", e)


def gen():
    yield 1
    raise ValueError("in generator")


def use():
    for x in gen():
        pass


try:
    use()
except ValueError as e:
    show("generator", e)

try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    show("through map", e)


def reraiser():
    try:
        rec(1)
    finally:
        done = True


def catcher():
    try:
        reraiser()
    except KeyError as e:
        caught = e
    tail = "after"
    return caught


e = catcher()
show("caught in a function that went on", e)
fr = e.__traceback__.tb_frame
print("catcher's locals:", sorted(fr.f_locals), fr.f_locals["tail"])
inner = e.__traceback__.tb_next.tb_frame
print("reraiser's locals:", sorted(inner.f_locals), inner.f_locals["done"])


def keep():
    fr = sys._getframe()
    for i in range(3):
        pass
    return fr


f = keep()
print("finished frame:", f.f_code.co_name, f.f_lineno, f.f_lasti, f.f_back.f_code.co_name)


def outer():
    def inner():
        return sys._getframe()
    return inner()


f = outer()
print("inner's callers:", f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name, f.f_back.f_lineno)


def twice():
    caught = []
    for k in range(2):
        try:
            {}[k]
        except KeyError as e:
            caught.append(e)
    return caught


first, second = twice()
print("one activation, one frame object:", first.__traceback__.tb_frame is second.__traceback__.tb_frame)
a, b = twice()[0], twice()[0]
print("separate calls:", a.__traceback__.tb_frame is not b.__traceback__.tb_frame,
      a.__traceback__.tb_frame.f_lineno, a.__traceback__.tb_lineno)
