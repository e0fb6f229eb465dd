# An excepthook that exits: its SystemExit gives the exit status.
import sys
def eh(t, v, tb):
    print("custom hook", t.__name__, file=sys.stderr)
    sys.exit(7)
sys.excepthook = eh
raise ValueError
