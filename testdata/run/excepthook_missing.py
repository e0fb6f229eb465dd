# A missing or uncallable sys.excepthook: CPython's fallbacks.
import sys
sys.excepthook = None
try:
    del sys.excepthook
    del sys.excepthook
except AttributeError as e:
    print("AttributeError:", e)
raise KeyError(1)
