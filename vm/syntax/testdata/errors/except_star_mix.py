# error: SyntaxError: cannot have both 'except' and 'except*' on the same 'try'
try:
    pass
except A:
    pass
except* B:
    pass
