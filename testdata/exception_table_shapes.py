def empty_try_body():
    try:
        pass
    except Exception:
        return "never"
    return "empty try"


def try_finally_in_loop(items):
    out = []
    for item in items:
        try:
            if item == 2:
                continue
            if item == 4:
                break
            out.append(item)
        finally:
            out.append("f")
    return out


def nested_try_with(cm_factory):
    try:
        with cm_factory() as a:
            try:
                return a / 0
            except ZeroDivisionError:
                return "div"
            finally:
                print("inner finally")
    except Exception as outer:
        return f"outer {outer}"


def handler_names():
    try:
        raise KeyError("k")
    except KeyError as e:
        name = repr(e)
    except (ValueError, TypeError) as e:
        name = "other"
    try:
        return name, e
    except NameError:
        return name, "e was deleted"


def reraise_from_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("converted")
    except ValueError as v:
        return str(v), type(v.__context__).__name__


def finally_with_return_overrides():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"


def try_else_finally(n):
    log = []
    try:
        log.append("try")
        if n:
            raise IndexError
    except IndexError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


def generator_with_try():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        raise
    finally:
        print("generator cleanup")


class CM:
    def __enter__(self):
        return 10

    def __exit__(self, *exc):
        return False


print(empty_try_body(), try_finally_in_loop([1, 2, 3, 4, 5]), nested_try_with(CM))
print(handler_names(), reraise_from_handler(), finally_with_return_overrides())
print(try_else_finally(0), try_else_finally(1), list(generator_with_try()))
