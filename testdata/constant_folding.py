# Expressions the AST optimizer folds, and ones it must leave alone.
seconds_per_week = 60 * 60 * 24 * 7
mask = (1 << 16) - 1
power_folds = 2 ** 64
power_kept = 2 ** 65
shift_big = 1 << 127
neg = -(5)
inv = ~0xF0
not_folded_not = not (1 == 2)
repeated = "ab" * 4
long_repeat = "a" * 4096
too_long_repeat = "a" * 4097
tuple_repeat = (1,) * 256
tuple_too_long = (0,) * 257
subscript = "hello"[1]
slice_folded = "hello"[1:3]
tuple_index = (10, 20, 30)[-1]
div = 7 / 2
floordiv_zero_kept = 1 if True else 1 // 0
percent_s = "%s and %s" % ("x", "y")
percent_d = "%d items" % (3,)
percent_mixed = "%s=%r (%a)" % ("k", "v", "w")
folded_tuple = (1, 2, (3, 4), "five", None, 6.0, -7)
nested_const = ((1, 2), frozenset(), b"bytes")
unary_chain = - - + - 4
complex_fold = 1 + 2j * 3
big_mul = 10 ** 20 * 10 ** 20
str_concat = "abc" + "def"
bytes_concat = b"ab" + b"cd"
bool_arith = True + True


def membership(x):
    in_list = x in [1, 2, 3]
    in_tuple = x not in (4, 5)
    in_strs = x in {"alpha", "beta", "gamma", "delta"}
    in_bytes = x in {b"x", b"y"}
    in_mixed = x in {1, "one", 2.0, None, (3, "three")}
    is_not = not (x is None)
    not_in = not (x in (1, 2))
    return in_list, in_tuple, in_strs, in_bytes, in_mixed, is_not, not_in


def unfoldable(n):
    return n * 2 * 3, 2 * 3 * n, -n ** 2, "x" * n, (1, 2) + (n,)


print(seconds_per_week, mask, power_folds, power_kept, shift_big, neg, inv, not_folded_not)
print(repeated, len(long_repeat), len(too_long_repeat), len(tuple_repeat), len(tuple_too_long))
print(subscript, slice_folded, tuple_index, div, floordiv_zero_kept)
print(percent_s, percent_d, percent_mixed, folded_tuple, nested_const, unary_chain)
print(complex_fold, big_mul, str_concat, bytes_concat, bool_arith)
print(membership(2), membership("beta"), unfoldable(5))
if 0:
    print("removed by the compiler")
if not __debug__:
    print("optimized mode")
while 0:
    pass
