module example.com/tfprov

go 1.26
