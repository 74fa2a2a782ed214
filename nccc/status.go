package nccc

import "fmt"

// Status is a library status code: 0 or a negative YUNI_E… value. The values
// must equal the header's #defines; status_test.go checks them against it.
type Status int32

const (
	OK         Status = 0
	EInval     Status = -1
	EBadHandle Status = -2
	ENoMem     Status = -3
	ENoEnt     Status = -4
	ENoSym     Status = -5
	ERange     Status = -6
	EModule    Status = -7
	ELoad      Status = -8
	ETooBig    Status = -9
	EState     Status = -10
	EInternal  Status = -11
	EPerm      Status = -12
	ECorrupt   Status = -13
	EBusy      Status = -14
	ECompile   Status = -15
	ETrap      Status = -16
)

var statusNames = map[Status]string{
	OK: "YUNI_OK", EInval: "YUNI_EINVAL", EBadHandle: "YUNI_EBADHANDLE", ENoMem: "YUNI_ENOMEM",
	ENoEnt: "YUNI_ENOENT", ENoSym: "YUNI_ENOSYM", ERange: "YUNI_ERANGE", EModule: "YUNI_EMODULE",
	ELoad: "YUNI_ELOAD", ETooBig: "YUNI_ETOOBIG", EState: "YUNI_ESTATE", EInternal: "YUNI_EINTERNAL",
	EPerm: "YUNI_EPERM", ECorrupt: "YUNI_ECORRUPT", EBusy: "YUNI_EBUSY",
	ECompile: "YUNI_ECOMPILE", ETrap: "YUNI_ETRAP",
}

// Name is the header's macro name for the status.
func (s Status) Name() string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return fmt.Sprintf("status(%d)", int32(s))
}

// Error is a failed call: a status and the words that explain it.
type Error struct {
	Status Status
	Detail string
}

func (e *Error) Error() string { return e.Detail }

func errorf(s Status, format string, a ...any) error {
	return &Error{Status: s, Detail: fmt.Sprintf(format, a...)}
}

// StatusOf returns the status carried by err: OK for nil, EInternal for an
// error that did not come from this package.
func StatusOf(err error) Status {
	if err == nil {
		return OK
	}
	if e, ok := err.(*Error); ok {
		return e.Status
	}
	return EInternal
}
