// Package client uses codes of the user's own catalog (docs/shop-errors.md).
package client

import "example.com/vetmod/errs"

// Gone reports whether an order is gone.
func Gone(err error) bool {
	return errs.IsNotFound(err, "Shop.1002")
}

// Empty reports whether the cart is empty.
func Empty(code string) bool {
	return code == "Shop.1009"
}
