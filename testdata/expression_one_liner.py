print(sum(n * n for n in range(10) if n % 2), [*"ab"], {1: 2}.get(1))
