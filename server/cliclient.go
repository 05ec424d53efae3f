package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// ErrNoServer reports that no server answers at the address of a server
// file: the server is gone and the file is stale.
var ErrNoServer = errors.New("no server answers")

// RunCLI sends a command line (args, without the program name) to the
// server at addr (host:port, loopback), copies its standard input from
// stdin (nil for none) and its output to stdout and stderr as it comes,
// and returns its exit code. It returns an error wrapping ErrNoServer,
// before anything was sent or read, when nothing listens at addr.
func RunCLI(ctx context.Context, addr, token string, args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	head, err := json.Marshal(cliRequest{Args: args})
	if err != nil {
		return 0, err
	}
	body := io.Reader(bytes.NewReader(append(head, '\n')))
	if stdin != nil {
		body = io.MultiReader(body, stdin)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+CLIPath, body)
	if err != nil {
		return 0, fmt.Errorf("server at %s: %w", addr, err)
	}
	req.Header.Set(CLITokenHeader, token)
	// No proxy: the server is on this machine, and the token must not
	// travel further.
	client := &http.Client{Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}}
	res, err := client.Do(req)
	if err != nil {
		var op *net.OpError
		if errors.As(err, &op) && op.Op == "dial" {
			return 0, fmt.Errorf("server at %s: %w (%v)", addr, ErrNoServer, op.Err)
		}
		return 0, fmt.Errorf("server at %s: %w", addr, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != cliContentType {
		msg, _ := io.ReadAll(io.LimitReader(res.Body, 4096))
		return 0, fmt.Errorf("server at %s refused the command: %s %s", addr, res.Status, strings.TrimSpace(string(msg)))
	}
	code, err := readFrames(bufio.NewReader(res.Body), stdout, stderr)
	if err != nil {
		return 0, fmt.Errorf("server at %s: %w", addr, err)
	}
	return code, nil
}

// readFrames copies the frames of an answer to stdout and stderr until the
// exit frame, and returns its code.
func readFrames(r *bufio.Reader, stdout, stderr io.Writer) (int, error) {
	var head [5]byte
	for {
		if _, err := io.ReadFull(r, head[:]); err != nil {
			return 0, fmt.Errorf("the command's answer was cut off: %w", err)
		}
		n := binary.BigEndian.Uint32(head[1:])
		if n > maxFrame {
			return 0, fmt.Errorf("bad answer: a frame of %d bytes", n)
		}
		var dst io.Writer
		switch head[0] {
		case FrameStdout:
			dst = stdout
		case FrameStderr:
			dst = stderr
		case FrameExit:
			b := make([]byte, n)
			if _, err := io.ReadFull(r, b); err != nil {
				return 0, fmt.Errorf("the command's answer was cut off: %w", err)
			}
			code, err := strconv.Atoi(string(b))
			if err != nil {
				return 0, fmt.Errorf("bad exit code %q", b)
			}
			return code, nil
		default:
			return 0, fmt.Errorf("bad answer: frame kind %q", head[0])
		}
		if _, err := io.CopyN(dst, r, int64(n)); err != nil {
			return 0, fmt.Errorf("copy the command's output: %w", err)
		}
	}
}
