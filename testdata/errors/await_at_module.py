# error: SyntaxError: 'await' outside function
await thing()
