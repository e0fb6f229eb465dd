# Scopes: global, nonlocal, builtins shadowing, class scope rules, UnboundLocalError.

counter = 0
names = []


def bump():
    global counter
    counter += 1
    names.append(f"bump{counter}")
    return counter


print(bump(), bump(), counter, names)


def make_global():
    global created_later
    created_later = "made inside a function"


make_global()
print(created_later)


def read_global():
    return counter * 10


print("read without declaration:", read_global())


def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
    return counter


print("local shadows:", unbound(), counter)


def nested_levels():
    level = 1

    def second():
        level = 2

        def third():
            nonlocal level
            level += 10
            return level

        result = third()
        return result, level

    return second(), level


print("nonlocal binds nearest:", nested_levels())


def builtin_shadow():
    len = lambda x: "shadowed"
    return len([1, 2])


print("shadowed builtin:", builtin_shadow(), len([1, 2]))
max = min
print("module-level shadow:", max(3, 1, 2))
del max
print("after del:", max(3, 1, 2))


class Config:
    value = 10
    doubled = value * 2

    def method(self):
        try:
            return value
        except NameError as e:
            return f"NameError: {e}"


print("class scope:", Config.doubled, Config().method())


class Scoped:
    x = 5
    ys = [n for n in range(3)]
    try:
        zs = [x + n for n in range(3)]
    except NameError as e:
        zs = f"NameError: {e}"


print("comprehension in class body:", Scoped.ys, Scoped.zs)


def loop_var_leaks():
    for i in range(3):
        pass
    squares = [j * j for j in range(3)]
    return i, squares, "j" in dir()


print("loop var leaks, comprehension var does not:", loop_var_leaks())
x = "global x"


def global_and_local_names():
    y = 1
    return sorted(locals()), "x" in globals()


print("locals/globals:", global_and_local_names())


def deleter():
    value = 1
    del value
    try:
        return value
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(deleter())
try:
    del undefined_name_here
except NameError as e:
    print("NameError:", e)
total = 0
for k in range(5):
    total += k
print("module loop var:", k, total)
