module example.com/vendormodok

go 1.26

require github.com/errcodelint/errcodelint v0.1.0
