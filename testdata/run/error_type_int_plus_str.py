# Ends with TypeError: unsupported operand type(s) for +: 'int' and 'str', with ~~~^~~~ carets.


def label(count, noun):
    print("building label for", count, noun)
    return count + " " + noun


for n, thing in [(1, "apple"), (2, "pears")]:
    print(str(n) + " " + thing)
print(label(3, "plums"))
