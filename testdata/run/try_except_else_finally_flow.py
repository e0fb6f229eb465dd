# Control flow through try/except/else/finally, including return/break/continue in finally.


def flow(action):
    trail = []
    try:
        trail.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "return":
            return trail + ["returned from try"]
        if action == "other":
            raise KeyError("k")
    except ValueError as e:
        trail.append(f"except {e}")
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    trail.append("after")
    return trail


for action in ("ok", "raise", "return"):
    print(action, flow(action))
try:
    flow("other")
except KeyError as e:
    print("other propagates after finally:", repr(e))


def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows_exception():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"


def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  finally sees x =", x)


print(finally_overrides_return(), finally_swallows_exception(), return_value_evaluated_before_finally())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    return out


print("loop:", loop_control())


def nested(level):
    try:
        try:
            if level == 1:
                raise IndexError("level 1")
            if level == 2:
                raise TypeError("level 2")
        except IndexError as e:
            print("  inner handler", e)
            raise ValueError("converted") from e
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  outer handler", e, "cause:", repr(e.__cause__))
    except TypeError as e:
        print("  outer TypeError", e)
    finally:
        print("  outer finally")
    return level


for level in range(3):
    print("nested", nested(level))


def exception_variable_cleared():
    try:
        raise ValueError("temp")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return f"NameError: {e}"


print(exception_variable_cleared())


def reraise():
    try:
        int("x")
    except ValueError:
        print("  logging and re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded after", attempts, "attempts")
        break
    except ConnectionError as e:
        print(" ", e)
    finally:
        print("  cleanup", attempts)


try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs while exception pending")
except ValueError as e:
    print("caught", e)
