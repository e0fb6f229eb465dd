# A file with nothing but comments and blank lines.

#   The compiler still emits RESUME and an implicit return.

# end
