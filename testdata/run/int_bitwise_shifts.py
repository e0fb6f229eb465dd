# Bitwise operators and shifts, including negative and big operands.

values = [0, 1, 5, -1, -5, 255, -256, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 70 - 1]
for a in values:
    print(f"{a}: ~={~a} bin={bin(a)} hex={hex(a)} bit_length={a.bit_length()}")

print("and/or/xor")
for a in (12, -12, 2 ** 65 + 12):
    for b in (10, -10, 2 ** 64 - 1, -(2 ** 64)):
        print(a, b, a & b, a | b, a ^ b)

print("shifts")
for a in (1, -1, 7, -7, 12345, -12345, 2 ** 64 + 1):
    print(a, [a << s for s in (0, 1, 5, 33, 64)], [a >> s for s in (0, 1, 3, 31, 100)])
print(-1 >> 1000, 1 >> 1000, -(2 ** 100) >> 99, (2 ** 100) >> 99)

try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)

# Popcount and masks.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


for n in (0, 1, 255, 256, 2 ** 64 - 1, 0b1011011101111):
    print(n, popcount(n), bin(n).count("1"))

mask = (1 << 32) - 1
for n in (-1, -2, -(2 ** 31), 2 ** 31, 2 ** 33 + 5):
    u = n & mask
    s = u - (1 << 32) if u >> 31 else u
    print(f"{n} -> u32 {u} {u:#010x} -> s32 {s}")

print("bool bitwise:", True & False, True | False, True ^ True, ~True, ~False, True << 3)
print(type(True & True).__name__, type(True & 1).__name__, type(~True).__name__)

# Gray codes and bit reversal.
print([i ^ (i >> 1) for i in range(16)])
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r


print([reverse_bits(i, 4) for i in range(16)])
print(reverse_bits(0xDEADBEEF, 32), hex(reverse_bits(0xDEADBEEF, 32)))

# Negative numbers behave as infinite two's complement.
for a in (-6, -7, -8):
    print(a, a & 0xFF, a | 0x0F, a ^ -1, (a & -a), a % 256, a & 255 == a % 256)
print(int.from_bytes((1000).to_bytes(4, "big"), "big"), (1000).to_bytes(4, "little"))
print((-1000).to_bytes(4, "big", signed=True), int.from_bytes(b"\xff\xfc\x18", "big", signed=True))
print((2 ** 100 - 1).bit_count() if hasattr(int, "bit_count") else None)
print(0x7FFFFFFFFFFFFFFF + 1, -0x8000000000000000 - 1, 0xFFFFFFFFFFFFFFFF ^ 0xAAAAAAAAAAAAAAAA)
