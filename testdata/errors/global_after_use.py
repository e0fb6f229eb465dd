# error: SyntaxError: name 'counter' is used prior to global declaration
def f():
    print(counter)
    global counter
