package catalog

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// osaRef is a plain optimal-string-alignment distance, for reference.
func osaRef(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// rankRef ranks the candidate codes by brute force, as Nearest should: the
// codes of s's family when it has one, else every code; by distance, then
// code.
func rankRef(c *Catalog, s string) []string {
	fam, hasFam := c.FamilyOf(s)
	type cand struct {
		other bool
		dist  int
		code  string
	}
	var cs []cand
	for _, code := range c.Codes() {
		f, ok := c.FamilyOf(code)
		other := !hasFam || !ok || f.Prefix != fam.Prefix
		if hasFam && other {
			continue
		}
		cs = append(cs, cand{other, osaRef(NormalizeKey(s), NormalizeKey(code)), code})
	}
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.other != b.other {
			return !a.other
		}
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		return a.code < b.code
	})
	var out []string
	for _, x := range cs {
		out = append(out, x.code)
	}
	return out
}

func TestNearestMatchesBruteForce(t *testing.T) {
	c := Default()
	inputs := []string{
		"ModelArts.0240", "modelarts_0204", "ModelArts.020", "ModelArts.02044", "JOB_MANAGER.12050009",
		"OptVerse_12080002", "OptVerse_1212080009", "AIS.0110", "ais.101", "APIG.0300", "Foo.1", "hello", "",
		" ModelArts.0204 ", "MODELARTS.81001", "ModelArts.8100", "JobManager12000001",
	}
	r := rand.New(rand.NewPCG(1, 2))
	codes := c.Codes()
	for range 60 {
		// Random edits of random codes.
		b := []byte(codes[r.IntN(len(codes))])
		for range 1 + r.IntN(3) {
			i := r.IntN(len(b))
			switch r.IntN(3) {
			case 0:
				b[i] = "0123456789._aZ"[r.IntN(14)]
			case 1:
				b = append(b[:i], b[i+1:]...)
			default:
				b = append(b[:i], append([]byte{"0123456789"[r.IntN(10)]}, b[i:]...)...)
			}
			if len(b) == 0 {
				b = []byte("x")
			}
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		ref := rankRef(c, s)
		for _, n := range []int{1, 3, 30} {
			assert.Equal(t, ref[:min(n, len(ref))], c.Nearest(s, n), "Nearest(%q, %d)", s, n)
		}
	}
}

func TestNearestExamples(t *testing.T) {
	c := Default()
	assert.Equal(t, []string{"ModelArts.0204", "ModelArts.0210", "ModelArts.0420"}, c.Nearest("ModelArts.0240", 3))
	assert.Equal(t, []string{"ModelArts.0204"}, c.Nearest("modelarts_0204", 1))
	assert.Nil(t, c.Nearest("ModelArts.0204", 0))

	// The family only: the 21 JOB_MANAGER codes and no other.
	got := c.Nearest("JOB_MANAGER.12050009", 25)
	require.Len(t, got, 21)
	for i, code := range got {
		assert.True(t, strings.HasPrefix(code, "JOB_MANAGER_"), "%d: %s", i, code)
	}

	empty, err := New(nil)
	require.NoError(t, err)
	assert.Nil(t, empty.Nearest("x", 3))

	start := time.Now()
	assert.Len(t, c.Nearest(strings.Repeat("ModelArts.0", 100_000), 2), 2)
	assert.Less(t, time.Since(start), 10*time.Second, "a huge input is cut short")
}

func TestEditDistanceBound(t *testing.T) {
	var work []int
	buf := make([]int, 6)
	for _, tc := range []struct {
		a, b string
	}{{"0204", "0240"}, {"12080002", "1212080002"}, {"abc", ""}, {"", "abcd"}, {"kitten", "sitting"}, {"ca", "abc"}} {
		want := osaRef(tc.a, tc.b)
		for bound := 0; bound <= want+1; bound++ {
			got := editDistance(tc.a, tc.b, bound, buf, &work)
			if want <= bound {
				assert.Equal(t, want, got, "%q %q bound %d", tc.a, tc.b, bound)
			} else {
				assert.Greater(t, got, bound, "%q %q bound %d", tc.a, tc.b, bound)
			}
		}
	}
}

// TestConcurrentUse runs the lookups from many goroutines, as the analysis
// driver does with packages in parallel; run with -race.
func TestConcurrentUse(t *testing.T) {
	c := Default()
	want := c.Nearest("ModelArts.0240", 3)
	done := make(chan []string, 8)
	for range 8 {
		go func() {
			var got []string
			for range 50 {
				got = c.Nearest("ModelArts.0240", 3)
				c.Canonical("modelarts_0204")
				c.FamilyOf("JOB_MANAGER.1")
				c.Statuses("ModelArts.0204")
				c.Lookup("ModelArts.0104")
			}
			done <- got
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}
