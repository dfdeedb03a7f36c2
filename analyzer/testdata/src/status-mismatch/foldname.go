package mismatch

// A status name matches in any letter case, as strings.EqualFold has it:
// ſ (U+017F) folds to s and K (U+212A) to k, though each is longer in
// UTF-8 than the letter it folds to.
type foldedResponse struct {
	ſtatusCode int
	ErrorCode  string
}

func foldedStatusName(r *foldedResponse) {
	_ = r.ſtatusCode == 404 && r.ErrorCode == "ModelArts.0101" // want `error code "ModelArts.0101" is tied to status 404 here`
}
