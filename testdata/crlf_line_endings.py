# Windows line endings: every line of this file ends in CR LF.
def greet(name):
    message = (
        f"hello, {name}"
    )
    return message


text = """two
lines"""
print(greet("crlf"), repr(text), len(text))
