package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcodelint/errcodelint/codes"
)

func TestDefaultBuilds(t *testing.T) {
	c := Default()
	require.NotNil(t, c)
	assert.Equal(t, []int{400, 401}, c.Statuses("ModelArts.0204"))
	assert.True(t, c.Ambiguous("ModelArts.0204"))
	assert.Equal(t, "ModelArts.0204", codes.ModelArts0204)
	got, ok := c.Canonical("modelarts_0204")
	assert.True(t, ok)
	assert.Equal(t, "ModelArts.0204", got)
}

// The generated families and length answer as the built catalog does, so
// that the prefilter can use them without building it.
func TestDefaultFamiliesWithoutBuilding(t *testing.T) {
	assert.Equal(t, Default().Families(), DefaultFamilies())
	assert.Equal(t, Default().MaxLen(), DefaultMaxLen())
}
