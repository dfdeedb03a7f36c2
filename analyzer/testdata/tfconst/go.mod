module example.com/tfconst

go 1.26
