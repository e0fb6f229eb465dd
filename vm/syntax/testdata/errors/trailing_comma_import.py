# error: SyntaxError: trailing comma not allowed without surrounding parentheses
from os import path,
