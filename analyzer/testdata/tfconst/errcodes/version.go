package errcodes

import "example.com/tfconst/base"

// Version is the version of the provider these codes were generated for.
const Version = base.Version
