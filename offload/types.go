package offload

// Type inference: every expression, variable, parameter and result has a
// type variable; constraints unify them (union-find). A variable that is
// only known to be a number, or not constrained at all, defaults to s64
// at the end.

type tvar struct {
	parent  *tvar
	known   bool
	t       ValueType
	numeric bool // must be s64 or f64
}

func newT() *tvar              { return &tvar{} }
func knownT(t ValueType) *tvar { return &tvar{known: true, t: t} }
func numericT() *tvar          { return &tvar{numeric: true} }
func (v *tvar) find() *tvar {
	for v.parent != nil {
		if v.parent.parent != nil {
			v.parent = v.parent.parent
		}
		v = v.parent
	}
	return v
}

// get is the type if known.
func (v *tvar) get() (ValueType, bool) {
	r := v.find()
	return r.t, r.known
}

// resolved is the final type, defaulting as described above.
func (v *tvar) resolved() ValueType {
	r := v.find()
	if !r.known {
		r.known, r.t = true, S64
	}
	return r.t
}

func numericType(t ValueType) bool { return t == S64 || t == F64 }

// unify merges a and b; false when their types conflict.
func unify(a, b *tvar) bool {
	a, b = a.find(), b.find()
	if a == b {
		return true
	}
	switch {
	case a.known && b.known:
		if a.t != b.t {
			return false
		}
	case b.known:
		a, b = b, a
	}
	// a is the known one if either is
	numeric := a.numeric || b.numeric
	if a.known && numeric && !numericType(a.t) {
		return false
	}
	b.parent = a
	a.numeric = numeric
	return true
}

// typeName is for messages.
func typeName(v *tvar) string {
	if t, ok := v.get(); ok {
		return t.String()
	}
	if v.find().numeric {
		return "a number"
	}
	return "not yet known"
}
