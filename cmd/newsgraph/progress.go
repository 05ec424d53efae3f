package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// Rates are shown once they mean something: over less than half a second,
// or a handful of items, a load of 11 articles in 5 ms drew "2060697
// articles/s".
const (
	minRateInterval = 500 * time.Millisecond
	minRateItems    = 5
)

// progress is a progress bar on stderr (schollz/progressbar draws it) for
// a task of a known or, until Finish, unknown number of items. It ends on
// the line "WHAT 100% (N/N)" rather than clearing itself, so that the last
// thing the user sees is that the task finished; its rate, in the
// description, is its own (rateText), not progressbar's, which divides by
// the time since the last update however short.
type progress struct {
	bar   *progressbar.ProgressBar
	what  string
	unit  string
	start time.Time
	total int // 0: unknown
	done  int
}

// newProgress returns a progress bar for what ("loading"), counting unit
// ("articles"), drawn on the app's stderr if show.
func newProgress(app *App, show bool, what, unit string) *progress {
	p := &progress{what: what, unit: unit, start: time.Now()}
	if !show {
		// invisible rather than DefaultSilent, which writes to io.Discard but
		// still starts the spinner goroutine (see below)
		p.bar = progressbar.NewOptions(-1, progressbar.OptionSetVisibility(false))
		return p
	}
	p.bar = progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(app.IO.Err),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		// Lines under 80 columns: a longer one wraps, and the bar's "\r"
		// redraws then leave its first part behind. On a terminal
		// progressbar shrinks the bar to fit, but a load through
		// 'newsgraph serve' draws on a stream whose width it cannot know:
		// the default 40-column bar and times drew 82 columns at 11
		// articles; this draws 79 at 100,000 articles and 12,345/s (the
		// load prints its time when it ends).
		progressbar.OptionSetWidth(16),
		progressbar.OptionSetElapsedTime(false),
		progressbar.OptionSetPredictTime(false),
		progressbar.OptionSpinnerType(14),
		// No spinner goroutine: progressbar 3.19.1's reads the bar's start
		// time without the bar's lock while Set writes it (a data race under
		// -race). The spinner still turns at each batch.
		progressbar.OptionSetSpinnerChangeInterval(0),
		progressbar.OptionOnCompletion(func() { io.WriteString(app.IO.Err, "\n") }),
	)
	return p
}

// SetTotal says how many items there are.
func (p *progress) SetTotal(total int) {
	if total > 0 && total != p.total {
		p.total = total
		p.bar.ChangeMax(total)
	}
}

// Set says how many items are done. The bar stops short of its total:
// Finish draws the last state, once.
func (p *progress) Set(done int) {
	if p.total > 0 && done >= p.total {
		return
	}
	p.done = done
	p.bar.Set(done)
	p.bar.Describe(p.description(time.Since(p.start)))
}

// Clear removes the bar from the terminal, before a message is printed.
func (p *progress) Clear() { p.bar.Clear() }

// Finish draws the bar at 100% of done items (the total, if it was not
// known) and moves to the next line; with nothing done it just clears it.
func (p *progress) Finish(done int) {
	if done <= 0 {
		p.bar.Clear()
		return
	}
	p.done = done
	// Describe before the total: a finished bar redraws itself on
	// Describe, and would print its last line twice.
	p.bar.Describe(p.description(time.Since(p.start)))
	p.SetTotal(done)
	if !p.bar.IsFinished() { // ChangeMax finishes a bar it fills
		p.bar.Finish()
	}
}

func (p *progress) description(elapsed time.Duration) string {
	if r := rateText(p.done, elapsed, p.unit); r != "" {
		return fmt.Sprintf("%s (%s)", p.what, r)
	}
	return p.what
}

// rateText is "120 articles/s" for done items in elapsed, or "" before
// minRateInterval and minRateItems.
func rateText(done int, elapsed time.Duration, unit string) string {
	if elapsed < minRateInterval || done < minRateItems {
		return ""
	}
	rate := float64(done) / elapsed.Seconds()
	if rate < 10 {
		return fmt.Sprintf("%.1f %s/s", rate, unit)
	}
	return fmt.Sprintf("%.0f %s/s", rate, unit)
}
