package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// phaseFlag is the hidden flag that makes the tool run one phase as a child.
const phaseFlag = "phase"

// Phases, in the order measure runs them.
const (
	phaseExtract   = "extract"
	phaseNewsgraph = "newsgraph"
	phaseIndex     = "index"
	phaseExport    = "export"
	phaseCayley    = "cayley"
	phaseQueries   = "queries"
)

// job is what a child is told to do; it travels as JSON in -job.
type job struct {
	Corpus  string `json:",omitempty"`
	DSN     string `json:",omitempty"` // the newsgraph store
	Workers int    `json:",omitempty"`
	NQuads  string `json:",omitempty"` // the export written, the Cayley load read
	// Cayley's store: backend and address.
	CayleyBackend string `json:",omitempty"`
	CayleyAddr    string `json:",omitempty"`
	// Queries.
	K           int           `json:",omitempty"`
	QueryBudget time.Duration `json:",omitempty"`
	QueryLimit  int           `json:",omitempty"`
	// QueryOnly, if set, names the queries to run (comma-separated).
	QueryOnly string `json:",omitempty"`
	// QueryTimeout stops one run of a query.
	QueryTimeout time.Duration `json:",omitempty"`
}

// result is what a child measured; it prints it as JSON on stdout. The
// parent adds what only it can see: peak RSS, sizes on disk.
type result struct {
	Phase      string
	Articles   int   `json:",omitempty"`
	Skipped    int   `json:",omitempty"`
	Unchanged  int   `json:",omitempty"`
	Failed     int   `json:",omitempty"`
	Words      int64 `json:",omitempty"`
	Quads      int64 `json:",omitempty"` // quads written (newsgraph: new ones), exported or read
	StoreQuads int64 `json:",omitempty"` // quads in the store afterwards
	Seconds    float64
	Queries    []queryResult `json:",omitempty"`

	// Filled by the parent.
	PeakRSS  int64   `json:"-"`
	PeakAnon int64   `json:"-"` // largest anonymous part of RSS seen (sampled every 200 ms)
	CPU      float64 `json:"-"` // user + system seconds of the child
	Wall     float64 `json:"-"` // the child's whole run, seconds
	Load     float64 `json:"-"` // the machine's highest 1-minute load average seen during the phase
	Size     int64   `json:"-"` // store or file size in bytes
	Killed   string  `json:"-"` // why the parent killed the child
}

// childMain runs one phase: args are -phase=NAME -job=JSON.
func childMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scale child", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String(phaseFlag, "", "")
	spec := fs.String("job", "{}", "")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var j job
	if err := json.Unmarshal([]byte(*spec), &j); err != nil {
		fmt.Fprintf(stderr, "scale %s: bad job: %v\n", *name, err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logf := func(format string, a ...any) {
		fmt.Fprintf(stderr, "%s [%s] %s\n", time.Now().Format("15:04:05"), *name, fmt.Sprintf(format, a...))
	}
	var (
		r   result
		err error
	)
	switch *name {
	case phaseExtract:
		r, err = runExtract(ctx, j, logf)
	case phaseNewsgraph:
		r, err = runNewsgraph(ctx, j, logf)
	case phaseIndex:
		r, err = runIndex(ctx, j, logf)
	case phaseExport:
		r, err = runExport(ctx, j, logf)
	case phaseCayley:
		r, err = runCayley(ctx, j, logf)
	case phaseQueries:
		r, err = runQueries(ctx, j, logf)
	default:
		err = fmt.Errorf("unknown phase %q", *name)
	}
	if err != nil {
		fmt.Fprintf(stderr, "scale %s: %v\n", *name, err)
		return 1
	}
	r.Phase = *name
	if err := json.NewEncoder(stdout).Encode(r); err != nil {
		fmt.Fprintf(stderr, "scale %s: %v\n", *name, err)
		return 1
	}
	return 0
}

// runChild runs phase in a child process and returns what it measured, with
// its peak RSS. A child whose resident memory passes maxRSS is killed and
// reported as such (Killed set, no error), so that one phase running out of
// memory does not lose the others' figures.
func runChild(ctx context.Context, phase string, j job, maxRSS int64, stderr io.Writer) (result, error) {
	exe, err := os.Executable()
	if err != nil {
		return result{}, err
	}
	spec, err := json.Marshal(j)
	if err != nil {
		return result{}, err
	}
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, exe, "-"+phaseFlag+"="+phase, "-job="+string(spec))
	cmd.Stdout = &out
	cmd.Stderr = stderr
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 30 * time.Second
	if err := cmd.Start(); err != nil {
		return result{}, fmt.Errorf("%s: %w", phase, err)
	}
	var killed atomic.Value
	var load atomic.Uint64 // float64 bits
	var peakAnon atomic.Int64
	load.Store(math.Float64bits(loadAverage()))
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			if l := loadAverage(); l > math.Float64frombits(load.Load()) {
				load.Store(math.Float64bits(l))
			}
			rss, anon := residentMemory(cmd.Process.Pid)
			if anon > peakAnon.Load() {
				peakAnon.Store(anon)
			}
			if maxRSS > 0 && rss > maxRSS {
				killed.Store(fmt.Sprintf("killed at %s resident, over the -max-rss-mb limit of %s", mib(rss), mib(maxRSS)))
				cmd.Process.Kill()
				return
			}
		}
	}()
	start := time.Now()
	werr := cmd.Wait()
	close(done)
	var r result
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.PeakRSS = int64(ru.Maxrss) << 10 // kilobytes on Linux
		r.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	}
	r.Load = math.Float64frombits(load.Load())
	r.Wall = time.Since(start).Seconds()
	r.PeakAnon = peakAnon.Load()
	if why, ok := killed.Load().(string); ok {
		r.Phase, r.Killed, r.Seconds = phase, why, time.Since(start).Seconds()
		return r, nil
	}
	if werr != nil {
		return r, fmt.Errorf("%s phase: %w", phase, werr)
	}
	parent := r
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		return r, fmt.Errorf("%s phase: bad report %q: %w", phase, out.String(), err)
	}
	r.PeakRSS, r.PeakAnon, r.CPU, r.Load, r.Wall = parent.PeakRSS, parent.PeakAnon, parent.CPU, parent.Load, parent.Wall
	return r, nil
}

// loadAverage is the machine's 1-minute load average (0 if unknown): other
// work on the machine skews the figures, so the report shows it.
func loadAverage() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(data) + " 0")[0], 64)
	return f
}

// currentRSS is a process's resident memory in bytes, from /proc (0 if
// unknown).
func currentRSS(pid int) int64 {
	rss, _ := residentMemory(pid)
	return rss
}

// residentMemory is a process's resident memory and the anonymous part of
// it (heap and stacks, as opposed to pages of mapped files such as bolt's
// mmap, which the kernel can drop), in bytes.
func residentMemory(pid int) (rss, anon int64) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	kb := func(s string) int64 {
		n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(s), " kB"), 10, 64)
		return n << 10
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			rss = kb(rest)
		} else if rest, ok := strings.CutPrefix(line, "RssAnon:"); ok {
			anon = kb(rest)
		}
	}
	return rss, anon
}
