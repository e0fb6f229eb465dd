# error: SyntaxError: assignment expression cannot rebind comprehension iteration variable 'i'
values = [i := 0 for i in range(3)]
