package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/search"
	"github.com/newsgraph/newsgraph/server"
)

// A bolt store can be open in one process only. While 'newsgraph serve'
// holds one, it writes serverFileName in the store's directory, readable
// by its user only, with its address and command-line token; the commands
// of remoteCommands, run on the same store, find it there and run inside
// the server (server.RunCLI, the route POST /api/cli) instead of failing
// with graph.ErrLocked.
const serverFileName = "serve.json"

// serverFile is the content of serverFileName.
type serverFile struct {
	Addr  string `json:"addr"`
	Token string `json:"token"`
	PID   int    `json:"pid"`
}

// pathSpec names which arguments of a command are file paths, made
// absolute before the command is sent: the server's working directory is
// not the caller's.
type pathSpec struct {
	flags []string
	args  []int // positions; allArgs for all
}

const allArgs = -1

// remoteCommands are the commands that may run inside a server, by
// command path, with their path arguments. serve, bench and extract
// never do (extract does not open the store).
var remoteCommands = map[string]pathSpec{
	"newsgraph load":                {flags: []string{"aliases", "watch"}, args: []int{allArgs}},
	"newsgraph remove":              {},
	"newsgraph import":              {args: []int{allArgs}},
	"newsgraph aliases add":         {},
	"newsgraph entities merge":      {},
	"newsgraph entities unmerge":    {},
	"newsgraph entities keep-apart": {},
	"newsgraph entities duplicates": {},
	"newsgraph query":               {},
	"newsgraph query list":          {},
	"newsgraph query save":          {args: []int{1}},
	"newsgraph stats":               {},
	"newsgraph export":              {flags: []string{"out"}},
	"newsgraph explain":             {},
	"newsgraph draw":                {flags: []string{"out"}},
}

// remoteExit is the exit code of a command that ran inside the server,
// which already printed its errors.
type remoteExit struct{ code int }

func (e *remoteExit) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// boltDir returns the directory of the bolt store the app names, or "".
func (app *App) boltDir() string {
	dsn := app.DSN()
	if dsn == graph.MemDSN || strings.Contains(dsn, "://") {
		return ""
	}
	return dsn
}

// forward runs cmd inside the server that holds the store, if one does.
// It returns nil when the command is to run here: not a remote command,
// no server file, or a stale one (no server answers: the command then
// opens the store, and OpenStore removes the file). Otherwise it returns
// a *remoteExit or the error of reaching the server.
func (app *App) forward(cmd *cobra.Command, args []string) error {
	spec, ok := remoteCommands[cmd.CommandPath()]
	dir := app.boltDir()
	if !ok || dir == "" {
		return nil
	}
	path := filepath.Join(dir, serverFileName)
	f, err := readServerFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	remoteArgs, err := remoteArgs(cmd, args, spec)
	if err != nil {
		return err
	}
	if f := cmd.Flags().Lookup("progress"); f != nil && !f.Changed && isTerminal(app.IO.Err) {
		// The server's stream is no terminal: say that this one is.
		remoteArgs = slices.Insert(remoteArgs, slices.Index(remoteArgs, "--"), "--progress=true")
	}
	var stdin io.Reader
	if contains(args, "-") { // load -, import -
		stdin = app.IO.In
	}
	app.Logger.Debug("running through the server", "file", path, "addr", f.Addr, "args", remoteArgs)
	code, err := server.RunCLI(cmd.Context(), f.Addr, f.Token, remoteArgs, stdin, app.IO.Out, app.IO.Err)
	if errors.Is(err, server.ErrNoServer) {
		app.Logger.Debug("stale server file: opening the store here", "file", path, "err", err)
		app.staleServerFile = path
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s names a running server: %w", path, err)
	}
	return &remoteExit{code}
}

// readServerFile reads a server file; a file that is not one is an error
// naming it.
func readServerFile(path string) (serverFile, error) {
	var f serverFile
	b, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(b, &f); err != nil || f.Addr == "" || f.Token == "" {
		return f, fmt.Errorf("%s: not a server file (remove it if no 'newsgraph serve' runs on this store)", path)
	}
	return f, nil
}

// writeServerFile writes the server file of the store in dir atomically
// (a temporary file renamed over it), readable by its user only, and
// returns a function that removes it.
func writeServerFile(dir string, f serverFile) (remove func(), err error) {
	b, err := json.Marshal(f)
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(dir, ".serve-*.json") // mode 0600
	if err != nil {
		return nil, fmt.Errorf("server file: %w", err)
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	path := filepath.Join(dir, serverFileName)
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("server file: %w", err)
	}
	return func() { os.Remove(path) }, nil
}

// remoteArgs rebuilds the command line of cmd as parsed: its path, the
// flags set (but --db: the server uses its store), then "--" and the
// positional arguments, with paths made absolute.
func remoteArgs(cmd *cobra.Command, args []string, spec pathSpec) ([]string, error) {
	out := strings.Fields(cmd.CommandPath())[1:]
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if f.Name == "db" {
			return
		}
		values := []string{f.Value.String()}
		if s, ok := f.Value.(pflag.SliceValue); ok {
			values = s.GetSlice()
		}
		for _, v := range values {
			if contains(spec.flags, f.Name) {
				if v, err = absPath(v); err != nil {
					return
				}
			}
			out = append(out, "--"+f.Name+"="+v)
		}
	})
	if err != nil {
		return nil, err
	}
	out = append(out, "--")
	for i, a := range args {
		if contains(spec.args, i) || contains(spec.args, allArgs) {
			if a, err = absPath(a); err != nil {
				return nil, err
			}
		}
		out = append(out, a)
	}
	return out, nil
}

// absPath makes a path absolute; "-" (standard input or output) and ""
// stay as they are.
func absPath(p string) (string, error) {
	if p == "-" || p == "" {
		return p, nil
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf("path %s: %w", p, err)
	}
	return abs, nil
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// runInServer is the server's Config.Exec: it runs a command line on the
// server's open store, with the streams of the request. Only
// remoteCommands run; the store is lent (graph.Store.Retain), so the
// command's Close leaves it open.
func runInServer(ctx context.Context, store *graph.Store, index *search.Index, args []string, io IOStreams, getenv func(string) string) int {
	return run(ctx, args, io, getenv, func(app *App) { app.shared, app.index = store, index })
}
