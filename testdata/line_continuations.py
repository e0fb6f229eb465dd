total = 1 + \
    2 + \
    3
values = [
    1,
    2,
    3,
]
call_result = max(
    10,
    20,
    key=lambda v:
        -v,
)
condition = (total > 5
             and call_result == 10
             or False)
message = ("part one, "
           "part two, "
           f"total={total}")
nested = {
    "a": [
        (1,
         2),
    ],
    "b": {
        "c": "d"},
}
if total > 1 and \
        values:
    print("continued condition")


def spread(
    first,
    second=2,
    *rest,
    key=None,
):
    return (first
            + second
            + sum(rest))


answer = spread(
    1, 2,
    3, 4,
)
chained = (
    "  padded  "
    .strip()
    .upper()
    .replace("P", "p")
)
print(total, values, call_result, condition, message, nested, answer, chained)
long_expression = (values[0] * 100 +
                   values[1] * 10 +
                   values[2]) - \
    total
print(long_expression)
