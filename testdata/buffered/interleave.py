# Output that shares a file or pipe with stderr: where each stream's
# buffer reaches the file decides the order.
import sys

sys.stderr.write("stderr without a newline stays pending, ")
print("stdout 1")
sys.stderr.write("until a newline\n")
print("é" * 3000)  # multi-byte: the buffers count bytes
print("err A", file=sys.stderr)
sys.stdout.write("y" * 8192)  # exactly one chunk
print("err B", file=sys.stderr)
sys.stdout.write("z" * 8191)
print("err C", file=sys.stderr)
sys.stdout.write("w" * 4096)
print("err D", file=sys.stderr)
sys.stdout.write("v" * 4095)
sys.stdout.write("u")
sys.stdout.write("t")
print("err E", file=sys.stderr)
for i in range(400):
    sys.stdout.write("ab" * i)
    if i % 97 == 0:
        print("err", i, file=sys.stderr)
sys.stdout.write("q" * 20000)
print("err F", file=sys.stderr)
print("carriage\rreturn")
print("err G", file=sys.stderr)
print("flushed", flush=True)
print("err H", file=sys.stderr)
print("pending")
sys.stdout.flush()
print("err I", file=sys.stderr)
print("last words")
print("err J", file=sys.stderr)
