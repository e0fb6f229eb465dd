"""Module-level idioms: __name__ guard, __debug__, dunder globals."""
import sys

VERBOSE = __debug__ and len(sys.argv) > 5


def main(argv):
    if __debug__:
        mode = "debug"
    else:
        mode = "optimized"
    name = __name__
    return f"{mode} run of {name} with {len(argv) - 1} arguments, verbose={VERBOSE}"


if __name__ == "__main__":
    print(main(["prog"]))
    print(__doc__.split(":")[0], type(__builtins__).__name__ in ("module", "dict"))
