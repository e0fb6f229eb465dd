def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    except (TypeError, ValueError) as exc:
        print("bad operand:", type(exc).__name__)
        return None
    else:
        print("division ok")
        return result
    finally:
        print("finally for", a, b)


def nested_handlers(items):
    out = []
    for item in items:
        try:
            try:
                out.append(int(item))
            except ValueError:
                out.append(float(item))
        except ValueError as e:
            out.append(str(e)[:20])
        finally:
            out.append("|")
    return out


def bare_except():
    try:
        [][1]
    except:
        return "caught"


def reraise():
    try:
        try:
            {}["missing"]
        except KeyError:
            print("logging then re-raising")
            raise
    except KeyError as e:
        return repr(e)


def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")


def empty_try():
    try:
        pass
    except Exception:
        pass
    return "empty"


print(divide(1, 2), divide(1, 0), divide("x", 2))
print(nested_handlers(["1", "2.5", "abc"]))
print(bare_except(), reraise(), finally_overrides(), empty_try())
try:
    raise RuntimeError("module level")
except RuntimeError as err:
    print("module handler:", err)
else:
    print("not reached")
finally:
    print("module finally")
