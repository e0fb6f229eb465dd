# Lines wider than 128 columns and expressions spanning many lines need the
# long forms of CPython's location table.
WEIGHTS = {"alpha": 0.125, "beta": 0.25, "gamma": 0.375, "delta": 0.5, "epsilon": 0.625, "zeta": 0.75, "eta": 0.875, "theta": 1.0}


def score(values):
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in values.items() if name in WEIGHTS and value is not None and value >= 0)


def describe(record):
    return f"{record['name']:<12} | {record['team']:<10} | {record['score']:>8.3f} | {'★' * int(record['score'])}{'☆' * (5 - int(record['score']))} | {record.get('note', '')}"


records = [
    {"name": "ada", "team": "analytics", "score": score({"alpha": 4, "beta": 3, "gamma": 2, "delta": 1, "unknown": 100, "eta": None})},
    {"name": "grace", "team": "compilers", "score": score({"theta": 3, "zeta": 1}), "note": "a note that makes this line long"},
]
for r in records:
    print(describe(r))
total = (records[0]["score"]
         +
         records[1]["score"]
         ) * 2
result = max(
    records,
    key=lambda r: (
        r["score"],
        r["name"],
    ),
)["name"]
print(total, result, score({}))
