package graph

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/cayleygraph/cayley/clog"
)

// Cayley logs through its clog package, by default to stderr: bolt's open
// errors, for one, which Open returns too, so the user would read them
// twice, and once more, late, from an open abandoned after the lock timeout.
// They go to slog's default logger at debug level instead.
func init() { clog.SetLogger(clogToSlog{}) }

type clogToSlog struct{}

func (clogToSlog) Infof(format string, args ...any)    { cayleyLog(slog.LevelDebug, format, args) }
func (clogToSlog) Warningf(format string, args ...any) { cayleyLog(slog.LevelDebug, format, args) }
func (clogToSlog) Errorf(format string, args ...any)   { cayleyLog(slog.LevelDebug, format, args) }

// Fatalf exits as Cayley's own logger does: its callers do not expect it to
// return.
func (clogToSlog) Fatalf(format string, args ...any) {
	cayleyLog(slog.LevelError, format, args)
	os.Exit(1)
}

// V turns Cayley's verbose traces (per iterator and per query) off.
func (clogToSlog) V(int) bool { return false }
func (clogToSlog) SetV(int)   {}

func cayleyLog(level slog.Level, format string, args []any) {
	slog.Default().Log(context.Background(), level, fmt.Sprintf(format, args...), "from", "cayley")
}
