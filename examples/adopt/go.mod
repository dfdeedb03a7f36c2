module example.com/tfprovider

go 1.26
