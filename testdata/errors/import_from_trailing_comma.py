# error: SyntaxError: trailing comma not allowed without surrounding parentheses
from math import sqrt, floor,
