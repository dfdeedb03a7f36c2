// Package base is imported by the constants package: importing that here
// would make an import cycle.
package base

// Version is the provider's version.
const Version = "1.0"

var retry = "ModelArts.6357" // want `error code "ModelArts.6357" is written as a raw string; use a named constant \(no automatic fix: importing example.com/tfconst/errcodes here would make an import cycle\)`
