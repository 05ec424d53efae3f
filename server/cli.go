package server

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// The command-line route. While 'newsgraph serve' holds a bolt store, no
// other process can open it (bolt locks its file), so the command line
// sends its commands to the server, which runs them on its open store
// (Config.Exec) and streams their output back.
//
// Request: POST CLIPath with the server's command-line token in
// CLITokenHeader; the body is one line of JSON, {"args":[...]}, then the
// command's standard input. Answer: 200 and a stream of frames, each a kind
// byte (FrameStdout, FrameStderr, FrameExit), a 4-byte big-endian length
// and that many bytes; the exit frame, last, holds the exit code in
// decimal. A stream that ends without it was cut off.
const (
	CLIPath        = "/api/cli"
	CLITokenHeader = "X-Newsgraph-CLI-Token"
	cliContentType = "application/x-newsgraph-cli"
)

// Frame kinds of the command-line route's answer.
const (
	FrameStdout = '1'
	FrameStderr = '2'
	FrameExit   = 'x'
)

// maxFrame is the largest frame the client accepts: the server splits
// larger writes.
const maxFrame = 1 << 20

// browserHeaders are headers only a browser sends (Fetch metadata, Origin)
// or sends on its own (Cookie). The command-line route refuses any request
// that has one, whatever its value: its client is newsgraph, never a page.
var browserHeaders = []string{"Origin", "Sec-Fetch-Site", "Sec-Fetch-Mode", "Sec-Fetch-Dest", "Sec-Fetch-User", "Cookie"}

// cliRequest is the first line of the command-line route's body.
type cliRequest struct {
	Args []string `json:"args"`
}

// CLIToken returns the token the command line must send in
// CLITokenHeader, or "" when the server runs no commands (Config.Exec is
// nil). It is not the console page's token: the page never sees it.
func (s *Server) CLIToken() string { return s.cliToken }

func newToken() (string, error) {
	b := make([]byte, 32) // 256 bits
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("server: make token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// cliRefusal returns why a request to the command-line route is refused,
// or "".
func (s *Server) cliRefusal(r *http.Request) string {
	if h := browserRequest(r); h != "" {
		return "a browser request (" + h + ")"
	}
	got := r.Header.Get(CLITokenHeader)
	if s.cliToken == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.cliToken)) != 1 {
		return "missing or wrong " + CLITokenHeader
	}
	return ""
}

// handleCLI runs a command on the server's store and streams its output.
func (s *Server) handleCLI(w http.ResponseWriter, r *http.Request) {
	if why := s.cliRefusal(r); why != "" {
		s.cfg.Logger.Warn("request refused", "reason", why, "method", r.Method, "path", r.URL.Path)
		s.writeError(w, r, &kindError{http.StatusForbidden, "forbidden", "the command-line route refuses " + why})
		return
	}
	rc := http.NewResponseController(w)
	// Standard input streams as long as the command reads it, and the
	// command answers while it still reads (load -).
	rc.SetReadDeadline(time.Time{})
	rc.EnableFullDuplex()
	body := bufio.NewReader(r.Body)
	line, err := readLine(body, MaxBodyBytes)
	var req cliRequest
	if err == nil {
		err = json.Unmarshal(line, &req)
	}
	if err != nil || len(req.Args) == 0 {
		s.writeError(w, r, invalid("bad command: want one line of JSON {\"args\":[...]} before standard input"))
		return
	}
	ctx, cancel := s.longLived(r.Context())
	defer cancel()
	s.cfg.Logger.Info("command from the command line", "args", req.Args)
	w.Header().Set("Content-Type", cliContentType)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	fw := &frameWriter{w: w, rc: rc}
	code := s.cfg.Exec(ctx, req.Args, body, fw.stream(FrameStdout), fw.stream(FrameStderr))
	// The console must show what the command wrote before the command
	// line returns: a script that loads and then opens the page sees it.
	if err := s.catchUp(ctx); err != nil {
		s.cfg.Logger.Error("console not brought up to date", "err", err)
	}
	fw.write(FrameExit, []byte(strconv.Itoa(code)))
}

// readLine reads up to and without the first newline, at most limit bytes.
func readLine(r *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > limit {
			return nil, fmt.Errorf("first line longer than %d bytes", limit)
		}
		if err == nil {
			return line[:len(line)-1], nil
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return nil, err
		}
	}
}

// frameWriter writes frames to a streamed answer; its streams may be
// written from several goroutines.
type frameWriter struct {
	mu  sync.Mutex
	w   io.Writer
	rc  *http.ResponseController
	err error
}

// stream returns a writer of frames of one kind.
func (f *frameWriter) stream(kind byte) io.Writer {
	return writerFunc(func(p []byte) (int, error) {
		for rest := p; len(rest) > 0; {
			n := min(len(rest), maxFrame)
			if err := f.write(kind, rest[:n]); err != nil {
				return len(p) - len(rest), err
			}
			rest = rest[n:]
		}
		return len(p), nil
	})
}

// write sends one frame and flushes it, pushing the write deadline
// exportStall ahead: a command may run long, but its client must read.
func (f *frameWriter) write(kind byte, p []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	var head [5]byte
	head[0] = kind
	binary.BigEndian.PutUint32(head[1:], uint32(len(p)))
	f.rc.SetWriteDeadline(time.Now().Add(exportStall))
	if _, f.err = f.w.Write(head[:]); f.err == nil {
		if _, f.err = f.w.Write(p); f.err == nil {
			f.err = f.rc.Flush()
		}
	}
	return f.err
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// longLived derives the context of a request that may outlast the
// server's graceful shutdown (a command, an event stream): it ends with
// the request or when the server stops, whichever comes first.
func (s *Server) longLived(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(s.stopping, cancel)
	return ctx, func() { stop(); cancel() }
}
