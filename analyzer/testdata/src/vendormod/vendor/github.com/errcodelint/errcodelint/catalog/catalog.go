// Package catalog stands in for the vendored copy of a package of the
// module other than the constants package.
package catalog
