# Big-integer number crunching: digits of pi (spigot), e, sqrt(2) by Newton, and digit statistics.


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def e_digits(n):
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 5)


def sqrt2_digits(n):
    scale = 10 ** n
    target = 2 * scale * scale
    x = 2 * scale
    while True:
        y = (x + target // x) // 2
        if y >= x:
            return str(x)
        x = y


pi = pi_digits(300)
pi_text = "".join(map(str, pi))
print("pi:", pi_text[0] + "." + pi_text[1:61])
for i in range(61, 300, 60):
    print("   ", pi_text[i:i + 60])
counts = [pi.count(d) for d in range(10)]
print("digit counts in first 300:", counts, "sum:", sum(pi))
print("first '999':", pi_text.find("999"), "first '314' after start:", pi_text.find("314", 1))
e = e_digits(200)
print("e:", e[0] + "." + e[1:81])
print("e digit sum:", sum(map(int, e)))
root2 = sqrt2_digits(150)
print("sqrt(2):", root2[0] + "." + root2[1:101])
print("check:", int(root2) ** 2 < 2 * 10 ** 300 < (int(root2) + 1) ** 2)


def continued_fraction(num, den, terms):
    out = []
    while den and len(out) < terms:
        q, rem = divmod(num, den)
        out.append(q)
        num, den = den, rem
    return out


print("pi continued fraction:", continued_fraction(int(pi_text[:60]), 10 ** 59, 15))
print("e continued fraction:", continued_fraction(int(e[:60]), 10 ** 59, 15))


def convergents(cf):
    h0, h1, k0, k1 = 0, 1, 1, 0
    out = []
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out


for p, q in convergents(continued_fraction(int(pi_text[:60]), 10 ** 59, 6)):
    print(f"  {p}/{q} = {p / q!r}")
fact = 1
for i in range(1, 301):
    fact *= i
s = str(fact)
print("300! has", len(s), "digits,", len(s) - len(s.rstrip("0")), "trailing zeros, leading", s[:20])
print("2**1000 digit sum:", sum(map(int, str(2 ** 1000))), "3**500 mod 10**12:", 3 ** 500 % 10 ** 12)
