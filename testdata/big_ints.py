# Integers beyond a machine word, and constant folding limits.
two_64 = 2 ** 64
two_65 = 2 ** 65
shifted = 1 << 127
googol = 10 ** 100
literal = 123456789012345678901234567890
negative_big = -987654321098765432109876543210
hex_big = 0xFFFF_FFFF_FFFF_FFFF_FFFF
mixed = (2 ** 62) * 4 + 1


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def digits_sum(n):
    return sum(int(d) for d in str(n))


print(two_64, two_65)
print(shifted)
print(googol % 9999991)
print(literal + negative_big)
print(hex_big, mixed)
print(factorial(30))
print(digits_sum(factorial(50)))
print(-(2 ** 63), 2 ** 63 - 1)
print(divmod(literal, 97), pow(3, 200, 1000007))
print((-7) // 2, (-7) % 2, 7 // -2, 7 % -2)
