grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
m = [[i * j for j in range(4)] for i in range(3)]
print(m, [row[2] for row in m])
