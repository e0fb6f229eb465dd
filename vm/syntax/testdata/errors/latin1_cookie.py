# error: SyntaxError: invalid syntax
# -*- coding: latin-1 -*-
x = "é" +
