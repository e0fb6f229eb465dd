# Ends with ZeroDivisionError from averaging an empty list, three frames deep.


def average(values):
    return sum(values) / len(values)


def report(groups):
    for name, values in groups.items():
        print(f"{name}: average {average(values):.2f}")


def main():
    groups = {"alpha": [1, 2, 3], "beta": [10, 20], "gamma": []}
    report(groups)


main()
