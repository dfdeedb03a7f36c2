module example.com/projconf

go 1.26
