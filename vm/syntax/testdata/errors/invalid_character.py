# error: SyntaxError: invalid character '€' (U+20AC)
price = 10€
