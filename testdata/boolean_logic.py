def show(label, value):
    print(f"{label}: {value!r}")
    return value


show("and", show("a", 0) and show("b", 1))
show("or", show("c", "") or show("d", "fallback"))
show("chain", 1 and 2 and 3)
show("mixed", None or 0 or [] or "last")
show("not", not [])

x = 15
kind = "fizzbuzz" if x % 15 == 0 else "fizz" if x % 3 == 0 else "buzz" if x % 5 == 0 else str(x)
print(kind)

values = [0, 1, "", "s", None, [], [0], {}, 0.0, 2j]
print([bool(v) for v in values])
print(any(values), all(values), all(v for v in values if v))

flag = True
count = 0
while flag and count < 3 or count == 10:
    count += 1
    if not (count < 3):
        flag = False
print(count, flag)
if x > 10 and (x < 20 or x == 100) and not x == 16:
    print("in range")
result = (x > 0) + (x > 10) + (x > 100)
print(result, True + True, False * 10)
