# Ends with IndexError in a chained subscript x[i][j]; 3.11 marks the failing subscript with ~~~^^^.

grid = [[1, 2, 3], [4, 5, 6], [7, 8]]
total = 0
for i in range(3):
    for j in range(3):
        print(f"grid[{i}][{j}]", end=" ")
        total += grid[i][j]
    print("row done, total", total)
