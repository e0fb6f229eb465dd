# except* over a naked exception: CPython 3.11 wraps it in a group with no
# traceback of its own, so a bare raise re-raises a group whose printout
# starts where it then unwinds; clauses that raise new exceptions chain.
import sys

# (Read once: quicken's sys namespace is not in CPython's order, which a
# specialized sys.excepthook in show() would reveal.)
excepthook = sys.excepthook


def show(f):
    print("==", f.__name__, flush=True)
    try:
        f()
    except BaseException as e:
        excepthook(type(e), e, e.__traceback__)
        print(repr(e), e.__traceback__.tb_next is None, flush=True)


def bare():
    try:
        raise ValueError(1)
    except* TypeError:
        raise RuntimeError("never")
    except* ValueError as eg:
        print("  handling", repr(eg), eg.__traceback__, sys.exc_info()[2])
        raise


def new_exc():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)


def reraise_named():
    try:
        raise ValueError(1)
    except* ValueError as eg:
        raise eg


def helper():
    raise


def via_helper():
    try:
        raise KeyError("k")
    except* KeyError:
        helper()


def nested():
    try:
        try:
            raise ValueError("inner")
        except* ValueError:
            raise
    except* ValueError as eg:
        print("  outer sees", repr(eg))
        raise


def group_mixed():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new")


def base_naked():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt:
        raise


def base_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise SystemExit(3)
    except* TypeError:
        raise OSError(4)


def deeper():
    def g():
        raise ValueError("deep")

    try:
        g()
    except* ValueError:
        raise


for f in [bare, new_exc, reraise_named, via_helper, nested, group_mixed, base_naked, base_new, deeper]:
    show(f)


def top():
    try:
        raise ValueError("top")
    except* TypeError:
        raise RuntimeError("never")
    except* ValueError:
        raise


top()
