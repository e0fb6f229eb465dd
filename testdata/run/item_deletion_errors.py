# The TypeError for del obj[key] on objects that do not support it: its
# wording depends on whether the type has sequence methods and the key is
# an index.
class Only: pass
for obj in [Only(), (1,), "s", 5, None, range(3), frozenset(), b"x", Only]:
    for op in ("del", "set", "get"):
        try:
            if op == "del":
                del obj[0]
            elif op == "set":
                obj[0] = 1
            else:
                obj[0]
        except TypeError as e:
            print(op, e)
        except Exception as e:
            print(op, type(e).__name__, e)
for obj in [Only(), (1,), "s", 5, frozenset()]:
    try:
        del obj["k"]
    except TypeError as e:
        print("del str key", e)
