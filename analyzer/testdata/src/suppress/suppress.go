// Package suppress tests //nolint and //errcodelint:ignore directives.
package suppress

func suppressed(code string) {
	_ = code == "ModelArts.9999" //nolint:errcodelint
	_ = code == "ModelArts.9999" //nolint:all
	_ = code == "ModelArts.9999" //nolint:gosec,errcodelint // legacy code
	_ = code == "ModelArts.9999" //nolint
	//nolint:errcodelint // the line after an own-line directive
	_ = code == "ModelArts.9999"
	_ = code == "ModelArts.9999" //errcodelint:ignore unknown-code the vendor added it after the page was published
	//errcodelint:ignore unknown-code,malformed-code undocumented, seen in production
	_ = code == "ModelArts.9999"
}

func notSuppressed(code string) {
	_ = code == "ModelArts.9999" //nolint:gosec // want `unknown error code "ModelArts.9999"`
	_ = code == "ModelArts.9999" //errcodelint:ignore malformed-code another category // want `unknown error code`
	_ = code == "ModelArts.9999" // nolint:errcodelint is not a directive with a space // want `unknown error code`
	_ = code == "ModelArts.0101" //nolint:errcodelint // a trailing directive covers only its own line
	_ = code == "ModelArts.9999" // want `unknown error code`

	//nolint:errcodelint
	_ = 0                        // two lines above the next statement
	_ = code == "ModelArts.9999" // want `unknown error code`
}
