# -*- coding: utf-8 -*-
"""A PEP 263 coding declaration on the first line."""
greeting = "grüß dich"
print(greeting, len(greeting), greeting.encode("utf-8"))
