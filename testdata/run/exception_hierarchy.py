# The built-in exception hierarchy and how except clauses match it.

names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "IndexError", "KeyError",
         "ValueError", "UnicodeError", "UnicodeDecodeError", "TypeError", "NameError", "UnboundLocalError",
         "AttributeError", "RuntimeError", "RecursionError", "NotImplementedError", "OSError",
         "FileNotFoundError", "AssertionError", "ImportError", "ModuleNotFoundError", "EOFError",
         "MemoryError", "BufferError", "Warning", "UserWarning", "DeprecationWarning"]
builtins_by_name = {cls.__name__: cls for cls in (BaseException, SystemExit, KeyboardInterrupt, GeneratorExit,
    Exception, StopIteration, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError,
    KeyError, ValueError, UnicodeError, UnicodeDecodeError, TypeError, NameError, UnboundLocalError,
    AttributeError, RuntimeError, RecursionError, NotImplementedError, OSError, FileNotFoundError,
    AssertionError, ImportError, ModuleNotFoundError, EOFError, MemoryError, BufferError, Warning,
    UserWarning, DeprecationWarning)}
for name in names:
    cls = builtins_by_name[name]
    chain = [c.__name__ for c in cls.__mro__]
    print(f"{name:<20} {' > '.join(chain)}")

print("aliases:", IOError is OSError, EnvironmentError is OSError)
print("issubclass checks:", issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ValueError),
      issubclass(SystemExit, Exception), issubclass(StopIteration, Exception), issubclass(bool, Exception))


def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError branch"
    except ArithmeticError as e:
        return f"ArithmeticError branch ({type(e).__name__})"
    except (KeyError, IndexError) as e:
        return f"lookup tuple branch ({type(e).__name__})"
    except LookupError:
        return "LookupError branch"
    except Exception as e:
        return f"Exception branch ({type(e).__name__})"
    except BaseException as e:
        return f"BaseException branch ({type(e).__name__})"


for exc in (ZeroDivisionError(), OverflowError(), KeyError("k"), IndexError(), LookupError(), ValueError(),
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), SystemExit(2), KeyboardInterrupt(), GeneratorExit(),
            StopIteration(), RecursionError(), NotImplementedError()):
    print(f"{type(exc).__name__:<20} -> {classify(exc)}")


def first_matching():
    try:
        {}["missing"]
    except Exception:
        return "Exception listed first wins"
    except KeyError:
        return "never reached"


print(first_matching())


class AppError(Exception):
    pass


class DatabaseError(AppError):
    pass


class ConnectionLost(DatabaseError, ConnectionError):
    pass


print("custom mro:", [c.__name__ for c in ConnectionLost.__mro__])
for exc in (ConnectionLost("db gone"), DatabaseError("bad query"), AppError("generic"), ConnectionResetError("reset")):
    try:
        raise exc
    except ConnectionError as e:
        print("ConnectionError handler:", type(e).__name__, e)
    except AppError as e:
        print("AppError handler:", type(e).__name__, e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not reached")
except TypeError as e:
    print("unmatched propagates outward:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 42:
        pass
    print("except clause expressions only evaluated when an exception arrives")
    try:
        1 / 0
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
print("catching with a tuple built at run time:", end=" ")
handlers = tuple(cls for cls in (ValueError, IndexError) if cls is not None)
try:
    raise IndexError
except handlers as e:
    print("matched", repr(e))
