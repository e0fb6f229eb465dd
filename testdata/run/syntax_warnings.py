# SyntaxWarnings: python3 prints those compiling the file issues on
# stderr before the program runs, and those compile() and exec() issue
# when they compile, with the source line when linecache finds one.
x = [(1, 2) (3, 4)] if False else 0
y = [1, 2, 3]["a"] if False else 0
z = "abc"[1.5] if False else 0
w = 5 if 1 is 1 else 0
n = [0x1for _ in [1]]
assert (x, "never empty")
print(x, y, z, w, n)
exec("a = 1 is 1")
for i in range(2):
    compile("b = 2 is not 2", "<loop>", "exec")
print(eval("[1][0] if 1 else (1)(2)"))
compile("c = () is ()\nd = 1\n", __file__, "exec")
try:
    compile("e = 1 is 1 +", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err)
print("done")
