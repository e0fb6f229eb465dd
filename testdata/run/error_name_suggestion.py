# Ends with a NameError whose message carries a "Did you mean" suggestion taken from the local names.


def summarize(values):
    length = len(values)
    total = sum(values)
    print("values:", values)
    print("total:", total)
    return total / lenght


print("starting")
print(summarize([3, 4, 5]))
