module example.com/gci

go 1.26
