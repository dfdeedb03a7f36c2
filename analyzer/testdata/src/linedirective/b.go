package linedirective

// A //line directive mapping backwards: the adjusted line of the code is
// the line before the comment's physical line, which must not count.

//line back.tmpl:1
func backwards(code string) {
	//nolint:errcodelint
	_ = code == "ModelArts.9992"
	_ = 0
//line back.tmpl:3
	_ = code == "ModelArts.9991" // want `unknown error code "ModelArts.9991"`
}
