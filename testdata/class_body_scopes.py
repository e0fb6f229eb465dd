x = "global x"


def enclosing():
    x = "enclosing x"
    y = "enclosing y"

    class Body:
        x = "class x"
        seen_x = x
        seen_y = y
        values = [x for _ in range(1)]
        keys = {y: None for _ in range(1)}

        def method(self):
            return x, y

        def uses_class(self):
            return __class__.__name__

    return Body


def modifies_enclosing():
    count = 0

    class Counter:
        nonlocal count
        count += 1

        def bump(self):
            nonlocal count
            count += 10
            return count

    return Counter().bump(), count


class Config:
    debug = False
    level = "info" if not debug else "debug"
    levels = ["debug", "info", "warn"]
    index = levels.index(level)
    del levels
    dynamic = None if debug else "off"

    def show(self):
        return self.level, self.index


B = enclosing()
print(B.seen_x, B.seen_y, B.values, B.keys, B().method(), B().uses_class())
print(modifies_enclosing(), Config().show(), hasattr(Config, "levels"))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
