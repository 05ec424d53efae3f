package main

import (
	"fmt"
	"syscall"
	"time"
)

// The load comparison per CPU-second (issue 14, point 5). Quads per wall
// second favour whichever side keeps more cores busy: newsgraph extracts
// on every core while it writes, Cayley's bulk path reads a file on about
// one. On 2 cores newsgraph was ahead of Cayley on the wall clock only by
// using both (0.73–0.85× Cayley's quads per CPU-second), and on a busy
// machine its wall ratio fell to 0.45. Quads per CPU-second, with the CPU
// time the user + system time of the phase's child process (its rusage, as
// the parent reads it from os.ProcessState), compare the work each side
// does for a quad, whatever else shares the machine.

// loadCost is one load's throughput on the wall clock and per CPU-second.
type loadCost struct {
	Name  string
	Quads int64
	Wall  float64 // the phase's timed seconds (result.Seconds)
	CPU   float64 // user + system seconds of the phase's process
	Cores float64 // CPU ÷ the process's whole wall time; 0 if unknown
}

func (c loadCost) perWall() float64 { return ratio(float64(c.Quads), c.Wall) }
func (c loadCost) perCPU() float64  { return ratio(float64(c.Quads), c.CPU) }

// loadCosts returns the costs of the newsgraph and Cayley loads and, when
// extraction was measured alone, of the newsgraph load less extraction's
// CPU time (an estimate of what its store path costs: the load extracts
// the same corpus with the same workers). ok is false unless both loads
// finished with CPU times.
func (r *report) loadCosts() (ng, cy loadCost, store *loadCost, ok bool) {
	l, c := r.Load, r.Cayley
	if l == nil || c == nil || l.Killed != "" || c.Killed != "" || l.CPU <= 0 || c.CPU <= 0 {
		return ng, cy, nil, false
	}
	ng = loadCost{Name: "newsgraph load (" + r.Backend + "), extraction included", Quads: l.Quads, Wall: l.Seconds, CPU: l.CPU, Cores: ratio(l.CPU, l.Wall)}
	cy = loadCost{Name: "cayley load (" + r.CayleyDB + ")", Quads: c.Quads, Wall: c.Seconds, CPU: c.CPU, Cores: ratio(c.CPU, c.Wall)}
	if x := r.Extract; x != nil && x.Killed == "" && x.CPU > 0 && x.CPU < l.CPU {
		store = &loadCost{Name: "newsgraph load less extraction alone's CPU (estimate)", Quads: l.Quads, Wall: l.Seconds, CPU: l.CPU - x.CPU}
	}
	return ng, cy, store, true
}

// writeCPU prints the loads per wall second and per CPU-second, and
// newsgraph's ratios to Cayley on both.
func (r *report) writeCPU(p func(format string, a ...any)) {
	ng, cy, store, ok := r.loadCosts()
	if !ok {
		return
	}
	p("\n### Load per CPU-second\n\n")
	p("| load | quads | seconds | quads/s (wall) | CPU seconds | quads per CPU-second | cores busy | ÷ cayley (wall) | ÷ cayley (per CPU-second) |\n")
	p("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range []*loadCost{&ng, store, &cy} {
		if c == nil {
			continue
		}
		cores, wall := "", ""
		if c.Cores > 0 {
			cores = fmt.Sprintf("%.2f", c.Cores)
		}
		if c != store {
			wall = fmt.Sprintf("%.2f", ratio(c.perWall(), cy.perWall()))
		}
		p("| %s | %s | %.1f | %s | %.1f | %s | %s | %s | %.2f |\n", c.Name, group(c.Quads), c.Wall, rate(float64(c.Quads), c.Wall),
			c.CPU, rate(float64(c.Quads), c.CPU), cores, wall, ratio(c.perCPU(), cy.perCPU()))
	}
	p("\n**newsgraph ÷ cayley: %.2f on the wall clock, %.2f per CPU-second**", ratio(ng.perWall(), cy.perWall()), ratio(ng.perCPU(), cy.perCPU()))
	if store != nil {
		p(" (%.2f per CPU-second without extraction's)", ratio(store.perCPU(), cy.perCPU()))
	}
	p(". CPU seconds are the user + system time of the phase's whole process (rusage), store opening and closing included; the seconds, those of the load itself.\n")
}

// ratio is a/b, or 0 when b is not positive.
func ratio(a, b float64) float64 {
	if b <= 0 {
		return 0
	}
	return a / b
}

// processCPU is the CPU time (user + system) this process has used so
// far, every thread included; 0 where the system does not say.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
