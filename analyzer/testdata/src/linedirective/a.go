// Package linedirective tests suppression comments in files with //line
// directives (generated from templates): directives are matched by their
// physical lines, and a //line directive between an ignore comment and the
// code does not separate them.
package linedirective

func beforeDirective(code string) {
	//errcodelint:ignore unknown-code the directive below does not separate the comment from the code
//line template.tmpl:5000
	_ = code == "ModelArts.9999"
	_ = code == "ModelArts.9998" //nolint:errcodelint
	_ = code == "ModelArts.9997" // want `unknown error code "ModelArts.9997"`
	//nolint:errcodelint // own line, mapped far beyond the file's end
	_ = code == "ModelArts.9996"
}

func severalDirectives(code string) {
	//nolint:errcodelint
//line template.tmpl:10
//line other.tmpl:7000
	_ = code == "ModelArts.9995"
}

func inlineDirective(code string) {
	_ = code == /*line inline.tmpl:9000:1*/ "ModelArts.9994" //nolint:errcodelint
	_ = code == "ModelArts.9993"                             // want `unknown error code "ModelArts.9993"`
}
