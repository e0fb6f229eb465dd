# error: SyntaxError: dict unpacking cannot be used in dict comprehension
{**a for a in b}
