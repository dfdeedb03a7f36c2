package catalog

import "github.com/errcodelint/errcodelint/internal/codeshape"

// nearIndex holds what Nearest needs, computed once per catalog.
type nearIndex struct {
	keys  []string // NormalizeKey(codes[i])
	byFam [][]int  // family index -> indexes into codes, sorted
	inFam []int    // code index -> family index, or -1
}

func buildNearIndex(c *Catalog) nearIndex {
	ni := nearIndex{
		keys:  make([]string, len(c.codes)),
		byFam: make([][]int, len(c.families)),
		inFam: make([]int, len(c.codes)),
	}
	for i, code := range c.codes {
		ni.keys[i] = NormalizeKey(code)
		ni.inFam[i] = -1
		if prefix, _, _, ok := codeshape.Split(code); ok {
			if f, ok := c.famByKey[NormalizeKey(prefix)]; ok {
				ni.inFam[i] = f
				ni.byFam[f] = append(ni.byFam[f], i)
			}
		}
	}
	return ni
}

type nearCand struct {
	dist int
	idx  int
}

// Nearest returns up to n documented codes nearest to s, nearest first.
// Distance is the edit distance (insertions, deletions, substitutions and
// transpositions of adjacent characters) between the normalized forms (see
// NormalizeKey), so a code that differs only in case or separator is at
// distance 0. When s has the shape of a known family (see FamilyOf), only
// codes of that family are candidates: a code of another family is never a
// sensible replacement (an APIG code is not an AIS one), so the list may be
// shorter than n. Otherwise every code is a candidate (a misspelt prefix).
// Ties are broken by code order, so the result is deterministic. The
// per-family lists are computed once per catalog.
func (c *Catalog) Nearest(s string, n int) []string {
	if n <= 0 || len(c.codes) == 0 {
		return nil
	}
	key := NormalizeKey(s)
	if limit := 2 * c.maxLen; len(key) > limit {
		key = key[:limit] // far from every code anyway; bounds the work
	}
	fam := -1
	if f, ok := c.FamilyOf(s); ok {
		fam = c.famByKey[NormalizeKey(f.Prefix)]
	}
	var buf [3 * 96]int
	var work []int
	best := make([]nearCand, 0, n+1)
	consider := func(i int) {
		bound := len(key) + len(c.near.keys[i])
		if len(best) == n {
			bound = best[n-1].dist - 1
			if bound < 0 {
				return
			}
		}
		d := editDistance(key, c.near.keys[i], bound, buf[:], &work)
		if d > bound {
			return
		}
		// Insert after candidates at the same distance: codes are visited
		// in sorted order, so ties stay in code order.
		j := len(best)
		for j > 0 && best[j-1].dist > d {
			j--
		}
		best = append(best, nearCand{})
		copy(best[j+1:], best[j:])
		best[j] = nearCand{d, i}
		if len(best) > n {
			best = best[:n]
		}
	}
	var out []string
	if fam >= 0 {
		for _, i := range c.near.byFam[fam] {
			consider(i)
		}
	} else {
		for i := range c.codes {
			consider(i)
		}
	}
	for _, b := range best {
		out = append(out, c.codes[b.idx])
	}
	return out
}

// editDistance returns the optimal-string-alignment distance between a and
// b, or a value greater than bound once the distance is known to exceed it.
// buf is scratch space; work is grown when buf is too small.
func editDistance(a, b string, bound int, buf []int, work *[]int) int {
	// Strip the common prefix and suffix: cheap and common for codes.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if d := len(a) - len(b); d > bound || -d > bound {
		return bound + 1
	}
	if len(a) == 0 {
		return len(b)
	}
	if len(b) == 0 {
		return len(a)
	}
	w := len(b) + 1
	rows := buf
	if 3*w > len(rows) {
		if cap(*work) < 3*w {
			*work = make([]int, 3*w)
		}
		rows = (*work)[:3*w]
	}
	prev2, prev, cur := rows[:w], rows[w:2*w], rows[2*w:3*w]
	for j := range prev {
		prev[j] = j
	}
	prevMin := 0
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		// Later rows derive from this row, or by a transposition (+1) from
		// the previous one.
		if rowMin > bound && prevMin+1 > bound {
			return bound + 1
		}
		prevMin = rowMin
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
