package illtyped

// Syntax errors: the parser's partial tree holds BadExpr and BadStmt nodes
// and operands that are missing.

func missingOperands(e E) {
	_ = e.ErrorCode == "ModelArts.9999" // want `unknown error code "ModelArts.9999"`
	_ = e.ErrorCode == 
	_ = == "ModelArts.9999"
	_ = e.StatusCode == 404 && == "ModelArts.0101"
	_ = e.ErrorCode == "ModelArts.0204" &&
	_ = strings.EqualFold(e.ErrorCode, , "ModelArts.0101")
	_ = strings.EqualFold(, "ModelArts.0101")
	_ = E{StatusCode: , ErrorCode: "ModelArts.0101"}
	_ = map[string]int{"ModelArts.0101": }
	switch e.ErrorCode {
	case , "ModelArts.0101":
	}
	if e.StatusCode == 404 && e.ErrorCode == {
	}
}
