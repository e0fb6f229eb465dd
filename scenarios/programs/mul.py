def mul(x, y):
    return x * y


for i in range(10):
    mul(i, 3)

for i in range(100):
    mul(i * 0.5, 3.0)

print(mul(6, 7), mul(1.5, 4.0))
