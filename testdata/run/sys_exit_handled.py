# SystemExit as an exception: caught, inspected, finally blocks, and a clean sys.exit(0) at the end.
import sys

for code in (None, 0, 1, 3, "message", [1, 2], 3.5):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(f"sys.exit({code!r}) -> code={e.code!r} args={e.args!r} str={str(e)!r}")
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() ->", repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raise SystemExit(7) ->", e.code)
try:
    raise SystemExit("a", "b")
except SystemExit as e:
    print("two args ->", e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)


def cleanup_demo():
    try:
        print("  doing work")
        sys.exit(9)
    finally:
        print("  finally runs during SystemExit")


try:
    cleanup_demo()
except SystemExit as e:
    print("propagated with code", e.code)


class Tool:
    def __enter__(self):
        print("  tool acquired")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  tool released during", exc_type.__name__ if exc_type else None)
        return False


try:
    with Tool():
        sys.exit("stopping")
except SystemExit as e:
    print("with block saw SystemExit:", e)


class CustomExit(SystemExit):
    pass


try:
    raise CustomExit(42)
except SystemExit as e:
    print("subclass:", type(e).__name__, e.code, isinstance(e, BaseException), isinstance(e, Exception))
results = []
for value in range(5):
    try:
        if value == 3:
            sys.exit(value)
        results.append(value)
    except SystemExit:
        results.append("exit")
print("loop with exits:", results)
print("sys.exit is a function:", callable(sys.exit), sys.exit.__name__)
print("about to exit with status 0")
sys.exit(0)
print("never printed")
