# Ends with an error in the middle of a long line (over 150 columns); the carets mark only the failing subscript.

prices = {"apple": 1.25, "banana": 0.5, "cherry": 3.0, "damson": 2.75}
basket = {"apple": 4, "banana": 12, "cherry": 1, "damson": 2, "elderberry": 3}
subtotal = prices["apple"] * basket["apple"] + prices["banana"] * basket["banana"] + prices["cherry"] * basket["cherry"]
print("subtotal:", subtotal)
total = prices["apple"] * basket["apple"] + prices["banana"] * basket["banana"] + prices["elderberry"] * basket["elderberry"] + prices["damson"] * basket["damson"]
print("never reached", total)
