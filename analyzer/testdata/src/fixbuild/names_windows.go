package fixbuild

// The package-level name codes exists only in the windows build.
var codes = 1
