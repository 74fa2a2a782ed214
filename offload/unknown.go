package offload

import (
	"fmt"
	"sort"
	"strings"
)

// What the compiler says about a name it does not know as a procedure or
// form: Scheme that Offload leaves out (with what to use instead), a
// near miss of a name it knows (did you mean …?), or neither. Exact names
// with their own sentence are in excluded (prims.go); families of R6RS
// names that share one reason are here, by prefix or by name.

type leftOut struct {
	names []string // a name ending in '*' is a prefix
	why   string
}

var leftOutFamilies = []leftOut{
	{[]string{"string*", "char*", "symbol*", "number->string", "list->string", "utf8->string", "utf16->string",
		"string->*", "substring", "format"},
		"strings, characters and symbols are not part of Offload; work on the bytes in a bytevector (bytevector-u8-ref, bytevector-u8-set!)"},
	{[]string{"vector*", "list->vector"},
		"vectors allocate and need a collector; use a bytevector the host provides"},
	{[]string{"list*", "length", "append", "reverse", "map", "for-each", "fold-left", "fold-right", "filter",
		"partition", "assq", "assv", "assoc", "memq", "memv", "member", "null?", "pair?", "set-car!", "set-cdr!",
		"caar", "cadr", "cdar", "cddr", "caddr", "cdddr", "cadddr", "find", "exists", "for-all", "remove", "sort",
		"list-sort", "vector-sort"},
		"lists allocate and need a collector; keep the elements in a bytevector and loop over it with do or a named let"},
	{[]string{"hashtable*", "make-hashtable", "make-eq-hashtable", "make-eqv-hashtable"},
		"hashtables allocate and need a collector; lay the table out in a bytevector"},
	{[]string{"bytevector-*-ref", "bytevector-*-set!", "bytevector->*", "*->bytevector", "bytevector=?"},
		"Offload has the native-endian accessors only (bytevector-u16-native-ref …, bytevector-ieee-double-native-ref …), bytevector-length, -fill! and -copy!"},
	{[]string{"number?", "integer?", "real?", "rational?", "complex?", "exact?", "inexact?", "boolean?",
		"procedure?", "bytevector?", "eq?", "eqv?", "equal?"},
		"types are fixed at compile time, so type predicates and generic equality are not provided; compare numbers with = or fl=?"},
	{[]string{"truncate", "ceiling", "tan", "asin", "acos", "atan", "square", "exact-integer-sqrt", "numerator",
		"denominator", "gcd", "lcm", "rationalize"},
		"generic arithmetic beyond + - * / is not provided; use the fl or integer names (flceiling, fltruncate, fltan, …)"},
	{[]string{"div-and-mod", "div0", "mod0", "div0-and-mod0", "exact-integer?"},
		"use quotient, remainder or modulo on integers, fldiv, flmod, fldiv0, flmod0 on flonums"},
	{[]string{"*port*", "read*", "write*", "get-*", "put-*", "open-*", "close-*", "call-with-*", "with-*",
		"current-*", "flush-output-port", "file-exists?", "delete-file", "exit"},
		"Offload has no I/O: declare an import (define-import) and let the host do it"},
	{[]string{"make-parameter", "parameterize", "define-record-type", "record*", "make-record-type-descriptor",
		"condition*", "with-exception-handler", "raise-continuable", "assert"},
		"Offload has no records, parameters or exceptions: they allocate or need a run time; traps stop the entry instead"},
	{[]string{"fxwrapping*", "fx+/carry", "fx-/carry", "fx*/carry"},
		"use wrapping+, wrapping-, wrapping*, wrapping-shift-left and logical-shift-right for arithmetic modulo 2^64"},
}

func matches(pattern, name string) bool {
	if !strings.Contains(pattern, "*") {
		return pattern == name
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(name, parts[0]) {
		return false
	}
	rest := name[len(parts[0]):]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	return strings.HasSuffix(rest, parts[len(parts)-1])
}

// unknownName is the message for a call of name, which is neither a
// keyword, a primitive nor bound; known are the names the program could
// have meant (its own procedures and imports).
func unknownName(name string, known []string) string {
	if msg, ok := excluded[name]; ok {
		return fmt.Sprintf("%s: %s", name, msg)
	}
	if why := leftOutWhy(name); why != "" {
		return fmt.Sprintf("%s is Scheme that Offload leaves out: %s", name, why)
	}
	var outs []string
	for _, f := range leftOutFamilies {
		for _, p := range f.names {
			if !strings.Contains(p, "*") {
				outs = append(outs, p)
			}
		}
	}
	for n := range excluded {
		outs = append(outs, n)
	}
	near := nearest(name, append(known, outs...))
	switch {
	case near == "":
		return fmt.Sprintf("unknown procedure or form %s", name)
	case excluded[near] != "":
		return fmt.Sprintf("unknown procedure or form %s: did you mean %s? (%s)", name, near, excluded[near])
	case leftOutWhy(near) != "":
		return fmt.Sprintf("unknown procedure or form %s: did you mean %s? Offload leaves it out: %s", name, near, leftOutWhy(near))
	}
	return fmt.Sprintf("unknown procedure or form %s: did you mean %s?", name, near)
}

// leftOutWhy is why Offload leaves out the R6RS name, or "" (for a name
// it has, too).
func leftOutWhy(name string) string {
	if primitives[name] != nil || keywords[name] {
		return ""
	}
	for _, f := range leftOutFamilies {
		for _, p := range f.names {
			if matches(p, name) {
				return f.why
			}
		}
	}
	return ""
}

// nearest is the name in known, or among the primitives and keywords,
// closest to name by edit distance, when it is close enough to be a
// misspelling (at most 1 edit in a short name, 2 in a longer one); ties go
// to the first in order.
func nearest(name string, known []string) string {
	cands := append([]string(nil), known...)
	for n := range primitives {
		cands = append(cands, n)
	}
	for n := range keywords {
		cands = append(cands, n)
	}
	sort.Strings(cands)
	limit := 1
	if len(name) >= 6 {
		limit = 2
	}
	best, bestD := "", limit+1
	for _, c := range cands {
		if c == name {
			continue
		}
		if d := editDistance(name, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance, with a swap of two adjacent
// characters counting one (lenght → length).
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
