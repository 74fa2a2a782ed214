#lang scribble/manual
@;{The reference of (require yuni-offload): every export with its contract.
   Examples are evaluated when the library loads at build time (CI builds
   this with YUNI_OFFLOAD_LIBRARY set: docs.scribble), and an example that
   raises fails the build; without the library they are shown unevaluated,
   so installing the package never depends on finding it.}
@(require scribble/example
          (for-label racket/base racket/contract/base (only-in ffi/unsafe ffi-obj-ref get-ffi-obj cast _pointer _uintptr malloc) yuni-offload))

@(define library-loads?
   (with-handlers ([(λ (e) #t) (λ (e) #f)]) (dynamic-require 'yuni-offload #f) #t))
@(define ev
   (and library-loads?
        (let ([ev (make-base-eval)])
          (ev '(require yuni-offload))
          ev)))
@(define-syntax-rule (yuni-examples form ...)
   (if ev (examples #:eval ev form ...) (racketblock form ...)))

@title{yuni-offload: native threads, chimes, heaps and Offload for Racket}
@defmodule[yuni-offload]

The Racket CS binding of @tt{libyuni-offload}: NCCC foreign calls, blocking
calls on a native pool that do not stop Racket's threads, event queues whose
chimes are Racket events, native heaps, and Offload programs run as Racket
procedures or on real-time native threads.

The library is found through the environment variable
@tt{YUNI_OFFLOAD_LIBRARY} (or @tt{YUNI_LIBRARY}), else as
@tt{libyuni-offload.so.0} on the dynamic loader's path. Install the package
with @tt{raco pkg install --name yuni-offload bindings/racket}.

@section{Lifetimes and errors}

Every object that holds a library handle (heap, queue, chime, source,
channel, VM, program, offload thread, module) is closed by its explicit
close, by the custodian current when it was made (on shutdown and at exit),
or by a finalizer once unreachable, exactly once. Every close, whichever of
those it is, first closes what depends on the object: an offload thread
before its program and every heap its arguments live in; chimes, sources,
channels and a VM before their queue. A close the library refuses
(status @racket['ebusy], e.g. a program closed from inside its own entry)
changes nothing: the object stays usable, an explicit close raises, and a
custodian's or finalizer's close is tried again after the next close that
succeeds. Using a closed object raises @racket[exn:fail:yuni] with status
@racket['ebadhandle]; it never touches freed memory.

@defstruct*[(exn:fail:yuni exn:fail) ([status exact-integer?]) #:omit-constructor]{
The library refused a call. @racket[status] is the library's negative
status; the message has the library's text and the calling thread's detail.}

@defstruct*[(exn:fail:yuni:trap exn:fail:yuni) ([kind symbol?] [where (hash/c symbol? any/c)]) #:omit-constructor]{
An Offload entry trapped: @racket[kind] is @racket['out-of-bounds],
@racket['integer-overflow], @racket['budget], @racket['interrupted], …;
@racket[where] is @racket[(offload-last-trap)] at the trap. The program
stays usable.}

@defproc[(status-name [status exact-integer?]) symbol?]{
@racket['einval], @racket['ebadhandle], @racket['enomem], @racket['ebusy], …
for a library status; @racket['unknown] for others.}

@defproc[(yuni-version) string?]{The loaded library's version, @racket["major.minor.patch"].}
@defproc[(yuni-version-number) exact-nonnegative-integer?]{
The same as one number comparable with @racket[<]:
@racket[(+ (* major 65536) (* minor 256) patch)].}
@defthing[yuni-library-path string?]{The path or soname the library was loaded from.}
@defthing[yuni-protocol (or/c 'direct 'nccc)]{How exports are called:
@racket['direct] (the C symbols) or @racket['nccc] (the module table's NCCC
stubs, with @tt{YUNI_OFFLOAD_CALLS=nccc}).}

@yuni-examples[
(yuni-version)
(with-handlers ([exn:fail:yuni? (λ (e) (status-name (exn:fail:yuni-status e)))])
  (make-heap 1))
]

@section{Native heaps and blocks}

@defproc[(make-heap [bytes exact-positive-integer?]
                    [#:lock lock (or/c #t 'optional #f) 'optional]
                    [#:poison? poison? boolean? #f])
         heap?]{
One mmap'ed, pre-faulted region managed by TLSF. @racket[lock]: @racket[#t]
mlocks it or raises, @racket['optional] mlocks it when allowed, @racket[#f]
does not. @racket[poison?] fills freed blocks so @racket[heap-check] finds
writes after free.}
@defproc[(heap? [v any/c]) boolean?]
@defproc[(heap-alloc [heap heap?] [size exact-positive-integer?] [align exact-positive-integer? 16]) native-bytes?]{
A block of @racket[size] bytes; raises @racket['enomem] when none is free.}
@defproc[(heap-free! [block native-bytes?]) void?]{Frees a block; a second free raises @racket['einval].}
@defproc[(heap-statistics [heap heap?]) (hash/c symbol? any/c)]{
@racket['total-bytes], @racket['free-bytes], @racket['largest-free], @racket['used-bytes],
@racket['high-water], @racket['allocs], @racket['frees], @racket['failures],
@racket['misuses], @racket['locked?].}
@defproc[(heap-check [heap heap?]) void?]{Walks the heap; raises @racket['ecorrupt] on an overwritten header or poison.}
@defproc[(heap-close! [heap heap?]) void?]{Stops and closes the offload threads using it, then unmaps it.}

@defstruct*[native-bytes ([heap (or/c heap? #f)] [address exact-nonnegative-integer?]
                          [length exact-nonnegative-integer?] [freed? boolean?])
            #:omit-constructor]{
A block of native memory: an address and a length with bounds-checked
access. It is an Offload @tt{bytevector} argument as it is (a Racket
@racket[bytes] is copied in and back), and can be a ring.}
@defproc[(make-native-bytes [address exact-nonnegative-integer?] [length exact-nonnegative-integer?]) native-bytes?]{
Memory the caller owns (e.g. @racket[(malloc n 'raw)] cast to an integer), described as a block.}
@defproc[(native-bytes-live? [block native-bytes?]) boolean?]{@racket[#f] once freed or its heap closed.}
@defproc[(native-ref [block native-bytes?] [type symbol?] [offset exact-nonnegative-integer?]) (or/c exact-integer? flonum?)]{
Reads a @racket[type] (Chez names: @racket['unsigned-8], @racket['integer-16], …,
@racket['integer-64], @racket['float], @racket['double]) at @racket[offset];
an access past the end raises.}
@defproc[(native-set! [block native-bytes?] [type symbol?] [offset exact-nonnegative-integer?] [v real?]) void?]{
Writes @racket[v]; @racket['float] and @racket['double] take any real (exact
@racket[0] included), integer types exact integers that fit.}
@defproc[(native-bytes->bytes [block native-bytes?] [start exact-nonnegative-integer? 0]
                              [end exact-nonnegative-integer? (native-bytes-length block)]) bytes?]
@defproc[(bytes->native-bytes! [block native-bytes?] [bs bytes?] [offset exact-nonnegative-integer? 0]) void?]
@defproc[(native-fill! [block native-bytes?] [byte byte?]) void?]

@yuni-examples[
(define hp (make-heap 65536))
(define b (heap-alloc hp 16))
(native-set! b 'double 0 0)
(native-set! b 'integer-64 8 42)
(list (native-ref b 'double 0) (native-ref b 'integer-64 8))
(heap-close! hp)
]

@section{Queues, chimes, timers, signals, channels}

@defproc[(make-queue) queue?]{
An epoll queue with a pump thread (under the current custodian) that waits
on its fd with @racket[unsafe-fd->evt], so a wait never blocks the place.}
@defproc[(queue? [v any/c]) boolean?]
@defproc[(queue-close! [q queue?]) void?]{Closes its chimes, sources, channels and VMs first.}
@defproc[(queue-statistics [q queue?]) (hash/c symbol? any/c)]{
@racket['culture], @racket['chimes], @racket['sources], @racket['waits],
@racket['events], @racket['kernel-wakes], @racket['empty-wakes].}
@defproc[(queue-handle [q queue?]) exact-nonnegative-integer?]{The library handle, for a @tt{ptr} argument of an NCCC function.}

@defproc[(make-chime [q queue?] [tag exact-nonnegative-integer? 0]) chime?]{
A chime is an evt: @racket[(sync c)] returns @racket[c] once it has rung
since the last sync. Rings coalesce; a ring is never lost.}
@defproc[(chime? [v any/c]) boolean?]
@defproc[(chime-ring! [c chime?]) void?]{Rings; a closed chime raises @racket['ebadhandle].}
@defproc[(chime-ringer [c chime?]) (-> exact-integer?)]{
A procedure that rings with one foreign call and returns the status, for hot loops.}
@defproc[(chime-handle [c chime?]) exact-nonnegative-integer?]{The library handle (0 once closed).}
@defproc[(chime-close! [c chime?]) void?]

@defproc[(queue-add-timer [q queue?] [first-ms real?] [interval-ms real? 0]) source?]{
An evt whose sync result is the number of expirations since the last sync;
@racket[interval-ms] 0 fires once. A closed queue raises @racket['ebadhandle].}
@defproc[(queue-add-signal [q queue?] [signo exact-positive-integer?]) source?]{
An evt whose sync result is the deliveries of @racket[signo] since the last sync.}
@defproc[(source? [v any/c]) boolean?]
@defproc[(source-remove! [s source?]) void?]

@defproc[(make-yuni-channel [q queue?] [capacity exact-positive-integer? 65536]) yuni-channel?]{
Messages copied into the channel's own native heap; an evt whose sync result is the messages waiting.}
@defproc[(yuni-channel? [v any/c]) boolean?]
@defproc[(yuni-channel-send! [ch yuni-channel?] [bs bytes?]) void?]{Raises @racket['ebusy] when full.}
@defproc[(yuni-channel-receive [ch yuni-channel?] [capacity exact-positive-integer? 4096]) (or/c bytes? #f)]{
The next message, or @racket[#f] when none is waiting.}
@defproc[(yuni-channel-close! [ch yuni-channel?]) void?]

@yuni-examples[
(define q (make-queue))
(define c (make-chime q))
(chime-ring! c)
(eq? c (sync c))
(sync (queue-add-timer q 1))
(queue-close! q)
(with-handlers ([exn:fail:yuni? (λ (e) (status-name (exn:fail:yuni-status e)))])
  (queue-add-timer q 1))
]

@section{NCCC functions, VMs and calls on a pool}

@defproc[(make-nccc-function [name symbol?] [address exact-positive-integer?]
                             [arg-types (listof symbol?)] [result-types (listof symbol?)]
                             [keep any/c #f])
         nccc-function?]{
A C function @tt{void f(const nccv64* in, nccv64* out)} at @racket[address],
as a procedure taking @racket[arg-types] and returning @racket[result-types]
(as values). Types are NCCC names: @racket['u8 'u16 'u32 'u64 's8 's16 's32
's64 'f32 'f64 'ptr 'uptr 'sptr]; integers must fit, pointers are integers.
@racket[keep] stays reachable as long as the function (its module).

A C function's address is its foreign object's:
@racket[(cast (ffi-obj-ref "name" lib) _pointer _uintptr)].
(@racket[get-ffi-obj] with @racket[_pointer] reads the code's first bytes
instead.)}
@defproc[(nccc-function? [v any/c]) boolean?]
@defproc[(nccc-function-name [f nccc-function?]) symbol?]

@defproc[(make-vm [#:pool-max pool-max exact-nonnegative-integer? 0]
                  [#:pool-min pool-min exact-nonnegative-integer? 0])
         vm?]{
A @tt{yuni_vm} whose pool runs calls for this place. It has no heartbeat
takeover: a Racket place cannot run on another OS thread. It depends on its
own completion queue.}
@defproc[(vm? [v any/c]) boolean?]
@defproc[(nccc-call-async [vm vm?] [f nccc-function?] [arg any/c] ...) evt?]{
Runs @racket[f] on a pool thread; the evt's sync result is its results (as
values). Only the Racket thread that syncs waits.}
@defproc[(nccc-call/pool [vm vm?] [f nccc-function?] [arg any/c] ...) any]{@racket[(sync (apply nccc-call-async vm f args))].}
@defproc[(vm-statistics [vm vm?]) (hash/c symbol? exact-nonnegative-integer?)]
@defproc[(vm-close! [vm vm?]) void?]{Waits for the calls the pool accepted.}

@section{Offload programs}

@defproc[(offload-compile [source (or/c string? bytes?)] [#:name name string? "source"]) program?]{
Compiles and verifies an Offload program (one @tt{library} form importing
@tt{(offload)}). Errors raise @racket['ecompile] with
@racket["name:line:col: what is wrong"]; traps name the same file.}
@defproc[(program? [v any/c]) boolean?]
@defproc[(program-entries [p program?]) (listof (list/c symbol? (listof symbol?) symbol?))]{
Each entry's name, parameter types and result type.}
@defproc[(program-imports [p program?]) (listof (list/c symbol? (listof symbol?) symbol?))]
@defproc[(offload-entry [p program?] [name (or/c symbol? string?)]) procedure?]{
The entry as a procedure: @tt{s64} exact integers (range-checked),
@tt{f64} reals, booleans, chimes, and bytevectors (@racket[native-bytes] as
they are, @racket[bytes] copied in and back). A trap raises
@racket[exn:fail:yuni:trap]; an exception raised by a Racket import during
the call is re-raised.}
@defproc[(offload-grant! [p program?] [name (or/c symbol? string?)] [proc procedure?]) void?]{
Grants the import @racket[name] to @racket[proc]. Called from an offload
thread it runs on Racket's thread while that thread waits; if it raises,
the import returns 0 and the entry call re-raises.}
@defproc[(offload-set-budget! [p program?] [steps exact-nonnegative-integer?]) void?]{
Each call traps @racket['budget] after @racket[steps] backward jumps and calls (0: no limit).}
@defproc[(offload-last-trap) (hash/c symbol? any/c)]{
This OS thread's last trap: @racket['kind], @racket['entry], @racket['function],
@racket['pc], @racket['line], @racket['column].}
@defproc[(program-close! [p program?]) void?]{Stops and closes its offload threads first.}

@yuni-examples[
(define p (offload-compile "(library (t) (export twice at) (import (offload))
                              (define-entry (twice (x s64)) s64 (* 2 x))
                              (define-entry (at (b bytevector) (i s64)) s64 (bytevector-u8-ref b i)))"
                           #:name "t.sls"))
(program-entries p)
((offload-entry p 'twice) 21)
(with-handlers ([exn:fail:yuni:trap? exn:fail:yuni:trap-kind])
  ((offload-entry p 'at) (bytes 1 2) 5))
(program-close! p)
]

@section{Offload threads}

@defproc[(offload-thread-start [p program?] [name (or/c symbol? string?)] [args list?]
                               [#:class class (or/c 'normal 'realtime-audio 'interactive 'background) 'normal]
                               [#:priority priority exact-integer? 0]
                               [#:period-ms period-ms real? 0]
                               [#:max-runs max-runs exact-nonnegative-integer? 0]
                               [#:signal signo exact-nonnegative-integer? 0]
                               [#:done done (or/c chime? #f) #f]
                               [#:heap heap (or/c heap? #f) #f]
                               [#:stack-registers stack-registers exact-nonnegative-integer? 0])
         offload-thread?]{
Runs the entry on a native thread the library owns: once, every
@racket[period-ms] (absolute release times), or once per delivery of
@racket[signo]; @racket[max-runs] ends it after that many runs and
@racket[done] rings when it ends. Bytevector arguments must be
@racket[native-bytes]; the thread depends on their heaps (and
@racket[heap]) and its program. @racket['realtime-audio] is
@tt{SCHED_FIFO} where permitted, with a reported fallback.}
@defproc[(offload-thread? [v any/c]) boolean?]
@defproc[(offload-thread-stop! [t offload-thread?]) void?]{Ends it after its current run (a runaway traps @racket['interrupted]).}
@defproc[(offload-thread-running? [t offload-thread?]) boolean?]
@defproc[(offload-thread-statistics [t offload-thread?]) (hash/c symbol? any/c)]{
@racket['state] (@racket['running 'finished 'trapped 'stopped]), @racket['runs],
@racket['misses], @racket['signals], @racket['page-faults], lateness
percentiles in ns, @racket['run-max-ns], @racket['last-result] (the entry's
last result as its type: an @tt{f64} is a flonum, a boolean a boolean),
@racket['policy], @racket['priority], @racket['nice], @racket['fallback?],
@racket['trap], @racket['status], @racket['memory-locked?].}
@defproc[(offload-thread-histogram [t offload-thread?] [n exact-positive-integer? 20000]) (vectorof exact-nonnegative-integer?)]{
Lateness counts, one bucket a microsecond.}
@defproc[(offload-thread-close! [t offload-thread?]) void?]{Stops, joins and frees.}
@defproc[(thread-set-class! [tid exact-nonnegative-integer?]
                            [class (or/c 'normal 'realtime-audio 'interactive 'background)]
                            [priority exact-integer? 0])
         (hash/c symbol? any/c)]{
Puts a Linux thread (0: this OS thread) in a class; returns what was granted.}

@section{Rings}

SPSC byte rings in native memory, shared with offload threads
(@tt{ring-put!} in Offload).

@defproc[(ring-init! [b native-bytes?]) exact-positive-integer?]{
Makes @racket[b] a ring (192 bytes of header, then data); returns its capacity.}
@defproc[(ring-put! [b native-bytes?] [bs bytes?]) boolean?]{All of @racket[bs] or nothing: @racket[#t] when written.}
@defproc[(ring-get! [b native-bytes?] [n exact-nonnegative-integer?]) bytes?]{Up to @racket[n] bytes.}
@defproc[(ring-count [b native-bytes?]) exact-nonnegative-integer?]{Bytes waiting.}

@section{NCCC modules}

@defproc[(nccc-module-open [path path-string?]) nccc-module?]{
Opens an NCCC module (@tt{libnccc_foo.so}); every table is checked at open.}
@defproc[(nccc-module? [v any/c]) boolean?]
@defproc[(nccc-module-name [m nccc-module?]) symbol?]
@defproc[(nccc-module-exports [m nccc-module?]) (listof symbol?)]{
The exports with a signature the library can describe.}
@defproc[(nccc-module-ref [m nccc-module?] [name symbol?]) nccc-function?]{
An export as a function; one with more than 32 types raises @racket['etoobig]
(call it through @racket[nccc-module-address] and @racket[make-nccc-function]).}
@defproc[(nccc-module-address [m nccc-module?] [name symbol?]) exact-positive-integer?]{Any export's address.}
@defproc[(nccc-module-close! [m nccc-module?]) void?]
