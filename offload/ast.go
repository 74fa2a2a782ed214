package offload

// The compiler's tree: what the parser (parse.go) makes of the forms, after
// derived forms (cond, case, when, unless, and, or, do, let*) are expanded.
// Every node has a position and a type variable (types.go).

type node struct {
	p Pos
	t *tvar
	// what fold found, once the types it needs are known (fold is asked
	// about the same subtrees again and again; this keeps compiling
	// linear in the program's size)
	folded foldState
	k      *eConst
}

type foldState uint8

const (
	foldUnknown foldState = iota
	foldConstant
	foldNot
)

func (n *node) base() *node { return n }

type expr interface{ base() *node }

// variable is a local: a parameter, a let or loop binding, or a lifted
// procedure's copy of a variable it uses from outside.
type variable struct {
	name    string
	pos     Pos
	t       *tvar
	mutated bool
	owner   *proc // the procedure whose frame holds it
}

type (
	eConst struct {
		node
		i int64   // s64, boolean (0/1)
		f float64 // f64
	}
	eVar struct {
		node
		v *variable
	}
	eSet struct {
		node
		v   *variable
		val expr
	}
	eIf struct {
		node
		c, then, els expr // els nil: one-armed, void
	}
	eSeq struct {
		node
		es []expr
	}
	eLet struct { // parallel binding
		node
		vars  []*variable
		inits []expr
		body  expr
	}
	// eLoop is a named let whose name is only called in tail position: it
	// compiles to a loop in the enclosing function, its calls (eRecur) to
	// jumps.
	eLoop struct {
		node
		name  string
		vars  []*variable
		inits []expr
		body  expr
	}
	eRecur struct {
		node
		loop *eLoop
		args []expr
	}
	eCall struct { // a top-level or lifted procedure
		node
		proc *proc
		args []expr
		// free: the variables this call passes for proc.free, in order
		// (set once the parser has closed every procedure's free set). A
		// copy of the call (inlining) maps them as it maps its other
		// variables, so it passes the copy's own.
		free []*variable
	}
	eImport struct {
		node
		imp  *importDef
		args []expr
	}
	ePrim struct {
		node
		prim *primitive
		args []expr
	}
)

// proc is a procedure: an entry, a top-level define, or a local procedure
// lifted to the top level (its free variables become extra parameters).
type proc struct {
	name     string
	pos      Pos
	params   []*variable
	free     []*variable // lifted: variables of enclosing procedures it uses
	freeSet  map[*variable]bool
	body     expr
	result   *tvar
	entry    bool
	realtime bool
	declared []ValueType // entry parameter types, as declared
	declRes  ValueType
	index    int
	lifted   bool
	parent   *proc // the procedure a lifted one was defined in
	calls    []*proc
	imports  []*importDef
	rings    bool
	effects  Effects
	src      []*datum
	bodyEnv  *env
}

type importDef struct {
	name     string
	pos      Pos
	params   []ValueType
	result   ValueType
	blocking bool
	index    int
}
