# Errors while closing an abandoned generator are reported as CPython's
# unraisable hook reports them (the reprs carry addresses, so the test
# compares with them normalised).
def stubborn():
    try:
        yield 1
        yield 2
    finally:
        yield 3


def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


for x in stubborn():
    break
print("after stubborn")
for x in bad():
    break
print("after bad")


def gen_in_try():
    try:
        for x in bad():
            raise KeyError("k")
    except KeyError:
        print("handled")


gen_in_try()
