package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// write prints the report as Markdown: the machine, the corpus, one table
// of phases, the ratio, and the query latencies.
func (r *report) write(w io.Writer) error {
	b := bufio.NewWriter(w)
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }
	machine := func() {
		p("Machine: %d cores (%s), %s RAM, %s.\n", r.Machine.Cores, orUnknown(r.Machine.CPU), gib(r.Machine.MemTotal), r.Machine.Go)
	}
	if r.Store != "" {
		p("## newsgraph scale: saved queries on %s (%s)\n\n", r.Store, r.Backend)
		machine()
		if r.Queries != nil && r.Queries.StoreQuads > 0 {
			p("The store holds %s quads.\n", group(r.Queries.StoreQuads))
		}
		r.writeQueries(p)
		return b.Flush()
	}
	p("## newsgraph scale: %s articles on %s\n\n", group(int64(r.Corpus.Articles)), r.Backend)
	machine()
	how := fmt.Sprintf("generated in %.1f s", r.Corpus.Seconds)
	if r.Corpus.Reused {
		how = "reused"
	}
	words := ""
	if r.Extract != nil && r.Extract.Words > 0 {
		words = ", " + group(r.Extract.Words) + " words"
	}
	p("Corpus: %s articles%s, %s of JSON lines (%s).\n\n", group(int64(r.Corpus.Articles)), words, mib(r.Corpus.Bytes), how)

	p("| phase | articles | quads | seconds | articles/s | quads/s | words/s | peak RSS | of which anon | on disk | cores busy | load avg |\n")
	p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	row := func(name string, res *result, articles, quads, words bool, disk string) {
		if res == nil {
			return
		}
		if res.Killed != "" {
			p("| %s | | | %.1f | | | | > %s (killed) | %s | | | %.1f |\n", name, res.Seconds, mib(res.PeakRSS), mib(res.PeakAnon), res.Load)
			return
		}
		cells := []string{name, "", "", fmt.Sprintf("%.1f", res.Seconds), "", "", "", mib(res.PeakRSS), "", disk, "", fmt.Sprintf("%.1f", res.Load)}
		if res.PeakAnon > 0 {
			cells[8] = mib(res.PeakAnon)
		}
		if res.Wall > 0 {
			cells[10] = fmt.Sprintf("%.2f", res.CPU/res.Wall)
		}
		if articles {
			cells[1], cells[4] = group(int64(res.Articles)), rate(float64(res.Articles), res.Seconds)
		}
		if quads {
			cells[2], cells[5] = group(res.Quads), rate(float64(res.Quads), res.Seconds)
		}
		if words {
			cells[6] = rate(float64(res.Words), res.Seconds)
		}
		p("| %s |\n", strings.Join(cells, " | "))
	}
	size := func(res *result, what string) string {
		if res == nil || res.Size == 0 {
			return ""
		}
		return mib(res.Size) + " " + what
	}
	row(fmt.Sprintf("extraction alone, %d workers", r.Workers), r.Extract, true, false, true, "")
	row("newsgraph load ("+r.Backend+")", r.Load, true, true, false, size(r.Load, "store"))
	row("then its search index (bleve)", r.Index, true, false, false, size(r.Index, "index"))
	row("export to N-Quads", r.Export, false, true, false, size(r.Export, "file"))
	row("cayley load ("+r.CayleyDB+")", r.Cayley, false, true, false, size(r.Cayley, "store"))
	p("\n")
	p("Each phase ran in its own process: peak RSS is that process's maximum resident set (rusage), which counts the pages of the bolt file it mapped and touched; of which anon is the largest anonymous (heap) part of it seen in /proc every 200 ms; cores busy its CPU time ÷ wall time, load avg the machine's highest 1-minute load average during it (above %d means other work shared the cores).\n\n", r.Machine.Cores)

	if ng, cy := r.Load, r.Cayley; ng != nil && cy != nil && ng.Killed == "" && cy.Killed == "" && ng.Seconds > 0 && cy.Seconds > 0 && cy.Quads > 0 {
		a, c := float64(ng.Quads)/ng.Seconds, float64(cy.Quads)/cy.Seconds
		p("**newsgraph quads/s ÷ cayley quads/s = %.2f** (%s ÷ %s).\n", a/c, rate(float64(ng.Quads), ng.Seconds), rate(float64(cy.Quads), cy.Seconds))
		if ng.StoreQuads == cy.StoreQuads {
			p("Both stores hold the same %s quads.\n", group(ng.StoreQuads))
		} else {
			p("The stores differ: newsgraph holds %s quads, Cayley's %s.\n", group(ng.StoreQuads), group(cy.StoreQuads))
		}
	}
	if ex, ng := r.Extract, r.Load; ex != nil && ng != nil && ex.Killed == "" && ng.Killed == "" && ex.Seconds > 0 && ng.Seconds > 0 {
		e, l := float64(ex.Articles)/ex.Seconds, float64(ng.Articles)/ng.Seconds
		p("Extraction alone runs at %s articles/s, the load at %s: the load takes %.0f%% of what extraction can feed", rate(float64(ex.Articles), ex.Seconds), rate(float64(ng.Articles), ng.Seconds), 100*l/e)
		if l < 0.8*e {
			p(", so extraction is not the bottleneck.\n")
		} else {
			p(", so extraction bounds the load.\n")
		}
	}
	if ng := r.Load; ng != nil && (ng.Failed > 0 || ng.Unchanged > 0 || ng.Skipped > 0) {
		p("The load skipped %d, found %d unchanged and failed %d articles.\n", ng.Skipped, ng.Unchanged, ng.Failed)
	}
	for _, n := range r.Notes {
		p("%s\n", n)
	}
	r.writeCPU(p)

	r.writeQueries(p)
	return b.Flush()
}

// writeQueries prints the table of query latencies.
func (r *report) writeQueries(p func(format string, a ...any)) {
	if q := r.Queries; q != nil {
		if q.Killed != "" {
			p("\nQueries: %s.\n", q.Killed)
		} else {
			p("\n### Saved queries (queries.Run, row limit as `newsgraph query`, peak RSS %s)\n\n", mib(q.PeakRSS))
			p("| query | parameters | entity | rows | runs | p50 ms | p99 ms | CPU p50 / p99 ms |\n")
			p("|---|---|---|---:|---:|---:|---:|---:|\n")
			for _, x := range q.Queries {
				if x.Err != "" {
					p("| %s | %s | %s | error: %s | %d | | | |\n", x.Query, mdCode(x.Params), x.Class, strings.ReplaceAll(x.Err, "|", `\|`), x.Runs)
					continue
				}
				p("| %s | %s | %s | %d | %d | %s | %s | %s / %s |\n", x.Query, mdCode(x.Params), x.Class, x.Rows, x.Runs, ms(x.P50), ms(x.P99), ms(x.CPU50), ms(x.CPU99))
			}
		}
	}
}

func mdCode(s string) string {
	if s == "" {
		return ""
	}
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown CPU"
	}
	return s
}

// rate is n/secs, grouped, as a whole number.
func rate(n, secs float64) string {
	if secs <= 0 {
		return ""
	}
	return group(int64(n/secs + 0.5))
}

func ms(v float64) string {
	if v < 10 {
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'f', 0, 64)
}

// group writes n with thousands separators: 1,234,567.
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func mib(n int64) string {
	if n >= 10<<30 {
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%s MiB", group((n+(1<<19))>>20))
}

func gib(n int64) string { return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30)) }
