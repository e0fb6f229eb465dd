# args: --verbose -n 3 input.txt two-words --level=hi -- -x 42
# sys.argv handling: a hand-written option parser over the arguments given on the command line.
import sys

args = sys.argv[1:]
print("argument count:", len(args))
print("program name ends with .py:", sys.argv[0].endswith(".py"))
print("basename:", sys.argv[0].replace("\\", "/").split("/")[-1])
for i, arg in enumerate(args):
    print(f"  argv[{i + 1}] = {arg!r} ({len(arg)} chars)")


def parse(argv):
    options = {"verbose": False, "n": 1, "level": "low"}
    positional = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            positional.extend(argv[i + 1:])
            break
        if arg.startswith("--"):
            name, sep, value = arg[2:].partition("=")
            if not sep:
                options[name] = True
            else:
                options[name] = value
        elif arg.startswith("-") and len(arg) == 2:
            name = arg[1]
            if i + 1 >= len(argv):
                raise ValueError(f"option -{name} needs a value")
            options[name] = int(argv[i + 1])
            i += 1
        else:
            positional.append(arg)
        i += 1
    return options, positional


options, positional = parse(args)
print("options:", options)
print("positional:", positional)
print("numbers among positional:", [int(p) for p in positional if p.lstrip("-").isdigit()])
print("repeat n times:", ["x"] * options["n"])
if options["verbose"]:
    print("verbose mode on; level =", options["level"])
for bad in (["-n"], ["-n", "many"]):
    try:
        parse(bad)
    except ValueError as e:
        print("ValueError:", e)
print("argv is a list of str:", type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
sys.argv.append("appended")
print("argv is mutable:", sys.argv[-1], len(sys.argv) - 1)
joined = " ".join(args)
print("joined:", joined)
print("longest argument:", max(args, key=len))
print("sorted arguments:", sorted(args))
