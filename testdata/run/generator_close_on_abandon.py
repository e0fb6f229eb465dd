# A generator a for loop owns alone is closed when the loop leaves it
# early (break, return, an exception), as CPython closes it when its last
# reference goes; one left suspended in a global is closed at exit.
def lines():
    try:
        for i in range(5):
            yield i
    finally:
        print("lines closed")


def find():
    for x in lines():
        if x == 2:
            return x


print(find())
print("after")
for x in lines():
    if x == 1:
        break
print("after break")
try:
    for x in lines():
        if x == 3:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)
for x in lines():
    pass
print("exhausted")


def nested():
    for a in lines():
        for b in lines():
            if b == 1:
                return a, b


print(nested())


def cm():
    print("enter")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cm finally")


for v in cm():
    print("got", v)
    break
g = lines()
for x in g:
    break
print("g kept by a name, not closed yet")
for x in (i for i in lines()):
    break
print("genexp over lines")


def outer():
    for x in lines():
        yield x


for y in outer():
    if y == 1:
        break
print("done")
