# error: SyntaxError: asynchronous comprehension outside of an asynchronous function
def f(source):
    return [x async for x in source]
