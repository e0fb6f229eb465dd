# error: SyntaxError: 'yield from' inside async function
async def f(items):
    yield from items
