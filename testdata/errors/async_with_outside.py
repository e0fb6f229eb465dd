# error: SyntaxError: 'async with' outside async function
def f(cm):
    async with cm:
        pass
