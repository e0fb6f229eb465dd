class Guard:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False


def loop_with_finally():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log


def while_with_finally():
    log = []
    n = 0
    while True:
        n += 1
        try:
            try:
                if n % 2:
                    continue
                if n > 4:
                    break
            finally:
                log.append(f"inner {n}")
        finally:
            log.append(f"outer {n}")
    return log


def loop_with_with():
    log = []
    for name in ("a", "b", "c", "d"):
        with Guard(name, log):
            if name == "b":
                continue
            if name == "d":
                break
            log.append("use " + name)
    return log


def return_from_finally_loop():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "never"


def break_in_except():
    for attempt in range(3):
        try:
            raise ValueError(attempt)
        except ValueError as e:
            if e.args[0] == 1:
                break
            continue
    return attempt


print(loop_with_finally())
print(while_with_finally())
print(loop_with_with())
print(return_from_finally_loop(), break_in_except())
