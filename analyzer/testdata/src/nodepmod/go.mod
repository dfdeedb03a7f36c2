module example.com/nodep

go 1.26
