package analyzer

import "sync"

// onceMap computes one value per key, once, however many passes ask for it
// at the same time: the per-instance caches of configurations, catalogs and
// local packages.
type onceMap[V any] struct {
	mu sync.Mutex
	m  map[string]*onceEntry[V]
}

type onceEntry[V any] struct {
	once sync.Once
	v    V
	err  error
}

// get returns the value for key, computed by f on first use; later callers
// wait for that computation and share its result.
func (om *onceMap[V]) get(key string, f func() (V, error)) (V, error) {
	om.mu.Lock()
	if om.m == nil {
		om.m = make(map[string]*onceEntry[V])
	}
	e := om.m[key]
	if e == nil {
		e = &onceEntry[V]{}
		om.m[key] = e
	}
	om.mu.Unlock()
	e.once.Do(func() { e.v, e.err = f() })
	return e.v, e.err
}
