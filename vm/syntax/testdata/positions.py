def long_function_name(
        argument_one,
        argument_two=(1,
                      2),
        *,
        keyword=None):
    return (argument_one +
            argument_two)


x = [
    1,
    2,
    3,
]

y = {
    'a': 1,
    'b': [
        2,
        3,
    ],
}

if (a and
        b):
    pass

value = some.object \
    .method() \
    .other

result = function(arg1,
                  arg2,
                  key=value)[index] \
    .attr

@decorator(
    arg,
)
class Multi(
        Base,
        metaclass=Meta):
    """Docstring."""

    attr: int = 0

    def method(self) -> \
            None:
        pass

with open('x') as f, \
        open('y') as g:
    pass

try:
    pass
except (ValueError,
        TypeError) as e:
    pass

lambda_ = lambda x: \
    x + 1

comp = [
    x
    for x in y
    if x
]

call(
    *args,
    **kwargs
)

s = ('a'
     'b')
t = """
multi
"""
    
	
x = 1  # comment
# comment only line
    # indented comment
y = 2
