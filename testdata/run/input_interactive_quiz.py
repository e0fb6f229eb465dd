# input(): prompts go to stdout, lines come from stdin without their newline, EOFError at the end.

name = input("What is your name? ")
print(f"Hello, {name}!")
age_text = input("How old are you? ")
try:
    age = int(age_text)
    print(f"In ten years you will be {age + 10}.")
except ValueError as e:
    print("Not a number:", e)
raw = input()
print("No prompt given; got", repr(raw))
padded = input("Padded line: ")
print("Whitespace is kept:", repr(padded), "stripped:", repr(padded.strip()))
empty = input("Empty line: ")
print("Empty input gives", repr(empty))

questions = [("2 + 2", "4"), ("capital of France", "paris"), ("7 * 6", "42"), ("largest planet", "jupiter")]
score = 0
for question, answer in questions:
    reply = input(f"Q: {question}? ")
    if reply.strip().lower() == answer:
        score += 1
        print("  correct")
    else:
        print(f"  wrong, expected {answer!r}, got {reply!r}")
print(f"Score: {score}/{len(questions)}")

numbers = []
while True:
    line = input("number (blank to stop): ")
    if not line:
        break
    numbers.append(float(line))
print("numbers:", numbers, "sum:", sum(numbers), "mean:", sum(numbers) / len(numbers))

remaining = []
try:
    while True:
        remaining.append(input())
except EOFError as e:
    print("EOFError after", len(remaining), "more lines:", repr(e), repr(str(e)))
print("remaining lines:", remaining)
print("unicode line:", remaining[0] if remaining else None, len(remaining[0]) if remaining else 0)
try:
    input("one more? ")
except EOFError as e:
    print()
    print("EOFError again:", e)
print("total characters read:", len(name) + len(age_text) + len(raw) + sum(map(len, remaining)))
print("done")
