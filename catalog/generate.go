package catalog

//go:generate go run gen.go
