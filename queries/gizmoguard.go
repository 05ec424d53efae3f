package queries

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"runtime/metrics"
	"strings"
	"time"
	"unsafe"

	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
)

// goja has no memory limit ("not in scope", dop251/goja#6, #645), so a
// Gizmo script is bounded from outside in two ways:
//
//   - allocations whose size is known before they happen (new
//     ArrayBuffer(n), typed arrays, new Array(n), "x".repeat(n), padStart,
//     padEnd, any array method on an array of that length, which goja
//     runs without checking for an interrupt) are refused past the
//     budget by wrappers installed in the
//     session's runtime before the script runs (guardJS); without them
//     new ArrayBuffer(4e9) was answered 200 with 4 GB allocated in one
//     step (2.4 GB resident in one of two runs), before any sampling
//     could see it;
//   - everything else (s = s + s, arrays grown by push) is seen by a
//     watchdog that samples the Go heap every watchInterval and interrupts
//     the script once the live heap has grown past the budget since it
//     started.
//
// The heap is the process's, so scripts running at the same time share the
// budget: two scripts of 200 MiB each can both be stopped by a 256 MiB
// budget. Only the live heap a collection measured counts, so garbage does
// not; when the heap looks over budget the watchdog starts a collection.
// A single goja instruction cannot be interrupted, and one that copies a
// large string also holds up the collection (the runtime waits for the
// copy to stop the world): s = s + s doubles once or twice past the budget.
// Measured with a 32 MiB budget, six runs each: heap growth 57–895 MiB when
// the watchdog waited for runtime.GC, 55–245 MiB now that it does not;
// sampling every 2 ms rather than 10 ms halved the typical overshoot.

const (
	watchInterval = 2 * time.Millisecond
	// forceGCEvery spaces the collections the watchdog starts when the
	// heap looks over budget.
	forceGCEvery = 250 * time.Millisecond
	// budgetMarker is in the message of every allocation the wrappers
	// refuse, so gizmoError can tell it from other RangeErrors.
	budgetMarker = "Gizmo memory budget"
)

// guardJS wraps the constructors and string methods whose allocation size
// is known from their arguments. The originals stay reachable only inside
// the closure; prototype.constructor points at the wrapper so that
// x.constructor and species lookups meet the check too.
const guardJS = `(function (limit) {
	"use strict";
	var AB = ArrayBuffer;
	function refuse(what, n) {
		throw new RangeError(what + " needs " + n + " bytes, over the ` + budgetMarker + ` of " + limit + " bytes");
	}
	function wrap(name, bytes) {
		var C = globalThis[name];
		if (typeof C !== "function") return;
		var P = new Proxy(C, {
			construct: function (t, args, nt) {
				var n = bytes(args);
				if (n > limit) refuse("new " + name, n);
				return Reflect.construct(t, args, nt);
			},
			apply: function (t, self, args) {
				var n = bytes(args);
				if (n > limit) refuse(name, n);
				return Reflect.apply(t, self, args);
			}
		});
		Object.defineProperty(C.prototype, "constructor", {value: P, writable: true, configurable: true});
		globalThis[name] = P;
	}
	function num(v) { var n = Number(v); return n > 0 ? n : 0; }
	wrap("ArrayBuffer", function (a) { return num(a[0]); });
	["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
	 "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"].forEach(function (name) {
		var size = globalThis[name] ? globalThis[name].BYTES_PER_ELEMENT : 8;
		wrap(name, function (a) {
			var x = a[0];
			if (x instanceof AB) return 0;
			if (typeof x === "object" && x !== null) return num(x.length) * size;
			return num(x) * size;
		});
	});
	// An array element costs about 64 bytes once a native method has
	// filled it: [].length = 1e7 then fill(1) took 720 MB. Every array
	// method loops to this.length without checking for an interrupt, so
	// each is refused on an array whose length is past the budget, sparse
	// or not ([][1e9] = 1 makes one).
	var elem = 64;
	wrap("Array", function (a) { return a.length === 1 && typeof a[0] === "number" ? num(a[0]) * elem : 0; });
	var AP = Array.prototype;
	Object.getOwnPropertyNames(AP).forEach(function (name) {
		var f = AP[name];
		if (name === "constructor" || typeof f !== "function") return;
		Object.defineProperty(AP, name, {writable: true, configurable: true, value: function () {
			var n = this === null || this === undefined ? 0 : num(this.length) * elem;
			if (n > limit) refuse("Array.prototype." + name + " on " + this.length + " elements", n);
			return f.apply(this, arguments);
		}});
	});
	var SP = String.prototype;
	function method(name, length) {
		var f = SP[name];
		Object.defineProperty(SP, name, {writable: true, configurable: true, value: function () {
			var n = length(String(this).length, arguments);
			if (n > limit) refuse("String.prototype." + name, n);
			return f.apply(this, arguments);
		}});
	}
	method("repeat", function (len, a) { return len * num(a[0]); });
	method("padStart", function (len, a) { return num(a[0]); });
	method("padEnd", function (len, a) { return num(a[0]); });
	// split makes at most one element per separator found; a regular
	// expression may match between any two characters.
	method("split", function (len, a) {
		var sep = a[0];
		if (sep === undefined) return elem;
		return (typeof sep === "string" ? len / Math.max(1, sep.length) + 1 : len + 1) * elem;
	});
})`

// guardSession installs the allocation wrappers in a session's runtime and
// starts its watchdog; stop ends the watchdog. A budget of 0 installs
// nothing.
func guardSession(s *gizmo.Session, budget int64) (stop func(), err error) {
	if budget <= 0 {
		return func() {}, nil
	}
	vm, err := sessionRuntime(s)
	if err != nil {
		return nil, err
	}
	fn, err := vm.RunScript("gizmo-guard.js", guardJS)
	if err != nil {
		return nil, fmt.Errorf("gizmo: install memory guard: %w", err)
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return nil, errors.New("gizmo: install memory guard: not a function")
	}
	if _, err := call(goja.Undefined(), vm.ToValue(budget)); err != nil {
		return nil, fmt.Errorf("gizmo: install memory guard: %w", err)
	}
	done := make(chan struct{})
	go watchHeap(vm, budget, done)
	return func() { close(done) }, nil
}

// sessionRuntime returns the goja runtime of a Cayley Gizmo session, which
// Cayley keeps in an unexported field. TestGizmoLimits fails if
// a Cayley upgrade moves it.
func sessionRuntime(s *gizmo.Session) (*goja.Runtime, error) {
	f := reflect.ValueOf(s).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeFor[*goja.Runtime]() {
		return nil, errors.New("gizmo: cannot find the session's JavaScript runtime (Cayley changed?)")
	}
	vm := *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
	if vm == nil {
		return nil, errors.New("gizmo: session has no JavaScript runtime")
	}
	return vm, nil
}

// watchHeap interrupts vm once the heap has grown more than budget bytes
// since the watch began, counting only live objects.
func watchHeap(vm *goja.Runtime, budget int64, done <-chan struct{}) {
	// The heap's objects include garbage not yet swept, which a collection
	// may free while the script runs; the live heap of the last collection
	// may be older. The lower of the two counts the script's growth in
	// full.
	base := min(heapBytes("/memory/classes/heap/objects:bytes"), heapBytes("/gc/heap/live:bytes"))
	tick := time.NewTicker(watchInterval)
	defer tick.Stop()
	var lastGC time.Time
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		// The live heap of the last collection decides; when the heap
		// looks over budget a collection is started, but not waited for:
		// runtime.GC waits for the cycle under way and then a whole new
		// one, each held up by the script's copy in progress, and the
		// script doubled its string twice more meanwhile.
		if heapBytes("/gc/heap/live:bytes")-base > budget {
			vm.Interrupt(memoryError(budget))
			return
		}
		if heapBytes("/memory/classes/heap/objects:bytes")-base > budget && time.Since(lastGC) >= forceGCEvery {
			lastGC = time.Now()
			go runtime.GC()
		}
	}
}

func heapBytes(name string) int64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

func memoryError(budget int64) error {
	return &Error{Kind: ErrTooLarge, Msg: fmt.Sprintf("gizmo: script used more than %s of memory (newsgraph serve --gizmo-memory)", byteSize(budget))}
}

// budgetError turns a refusal of the wrappers into ErrTooLarge, without
// the wrappers' own stack; ok is false for any other message.
func budgetError(msg string) (error, bool) {
	if !strings.Contains(msg, budgetMarker) {
		return nil, false
	}
	msg, _, _ = strings.Cut(msg, " at ")
	return &Error{Kind: ErrTooLarge, Msg: "gizmo: " + msg + " (newsgraph serve --gizmo-memory)"}, true
}

// byteSize prints n in MiB when it is a whole number of them.
func byteSize(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
