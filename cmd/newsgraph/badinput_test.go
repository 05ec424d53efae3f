package main

import (
	"bufio"
	"bytes"
	"context"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Bad input that testscript archives cannot hold (binary files, a 200 MB
// article, a JSON line nested 100,000 deep) or that needs a second process
// (a locked store) or another user (a read-only store when the tests run as
// root). The scripts testdata/script/badinput_*.txtar cover the rest.

// runNewsgraph runs the command in this process against the store db and
// returns its exit status and output.
func runNewsgraph(t *testing.T, db string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string {
		if k == envDB {
			return db
		}
		return ""
	}
	code := run(context.Background(), args, IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}, getenv)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeHugeArticle writes a text article of size bytes without holding it.
func writeHugeArticle(t *testing.T, path string, size int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString("date 2025-01-02\n")
	line := strings.Repeat("Kenya and Chile signed a water deal. ", 100) + "\n"
	for n := 0; n < size; n += len(line) {
		w.WriteString(line)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func pngImage(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 8, 8))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLoadBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	in := filepath.Join(dir, "in")
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(i*7919 + i/3)
	}
	writeFile(t, filepath.Join(in, "a-good.txt"), []byte("date 2025-01-02\nNadia Petrenko said the pipes were fixed.\n"))
	writeFile(t, filepath.Join(in, "b-picture.txt"), pngImage(t))
	writeFile(t, filepath.Join(in, "c-noise.jsonl"), noise)
	writeFile(t, filepath.Join(in, "d-lines.jsonl"), []byte(
		`{"id":"before","date":"2025-01-03","text":"Kenya joined the water deal."}`+"\n"+
			`{"id":"deep","date":"2025-01-03","text":"x","extra":`+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"}\n"+
			`{"id":"after","date":"2025-01-03","text":"Chile joined the water deal."}`+"\n"))
	writeFile(t, filepath.Join(in, "e-quotes.txt"), []byte("date 2025-01-04\n"+strings.Repeat(`"`, 50000)+"\nPeru joined the water deal.\n"))
	writeFile(t, filepath.Join(in, "f-picture"), pngImage(t)) // no extension: not read in a folder
	writeHugeArticle(t, filepath.Join(in, "g-huge.txt"), 200_000_000)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	code, out, errs := runNewsgraph(t, db, "load", in)
	runtime.ReadMemStats(&after)
	t.Logf("load: %v, %d MiB allocated\n%s%s", time.Since(start).Round(time.Millisecond), (after.TotalAlloc-before.TotalAlloc)>>20, out, errs)
	if code != exitPartial {
		t.Errorf("load exit status = %d, want %d", code, exitPartial)
	}
	for _, want := range []string{
		"newsgraph: " + in + "/b-picture.txt: binary file, not text (image/png)\n",
		"newsgraph: " + in + "/c-noise.jsonl: binary file, not text (",
		"newsgraph: " + in + "/d-lines.jsonl:2: not a valid JSON object: nested more than 10000 levels deep\n",
		"newsgraph: " + in + "/g-huge.txt: article is 190.7 MiB, more than the 8 MiB limit (--max-article-size)\n",
		"newsgraph: 4 input(s) could not be read\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	if strings.Contains(errs, "f-picture") {
		t.Errorf("a file without an extension in a folder was read:\n%s", errs)
	}
	if !strings.HasPrefix(out, "loaded 4 articles (0 already in the store)") {
		t.Errorf("stdout = %q, want 4 articles loaded", out)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
		t.Errorf("load allocated %d MiB for a 200 MB article, want it refused without reading it whole", alloc>>20)
	}

	// Loading again adds nothing and reports the same.
	code, out, errs2 := runNewsgraph(t, db, "load", in)
	if code != exitPartial || !strings.HasPrefix(out, "loaded 4 articles (4 already in the store), 0 new quads") || errs2 != errs {
		t.Errorf("second load: status %d, stdout %q, stderr\n%s\nwant the same errors as the first:\n%s", code, out, errs2, errs)
	}
	code, out, _ = runNewsgraph(t, db, "stats")
	if code != exitOK || !strings.Contains(out, "articles   4\n") {
		t.Errorf("stats: status %d\n%s", code, out)
	}
}

// newsgraphProcess is the newsgraph command in a process of its own: this
// test binary, which TestMain runs as newsgraph when it is called so.
func newsgraphProcess(t *testing.T, exe, db string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(exe, args...)
	cmd.Args[0] = "newsgraph"
	cmd.Env = append(os.Environ(), envDB+"="+db)
	return cmd
}

func testExecutable(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

// TestLoadLockedStore loads into a store another process holds (a 'load
// --watch'; a 'serve' would take the load, see serve_share.txtar): load
// gives up after the lock timeout with an error that says so, and once the
// other process is gone the store has its earlier facts and takes the load.
func TestLoadLockedStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	first, second := filepath.Join(dir, "first.txt"), filepath.Join(dir, "second.txt")
	writeFile(t, first, []byte("date 2025-01-02\nNadia Petrenko said the pipes were fixed.\n"))
	writeFile(t, second, []byte("date 2025-01-03\nKenya joined the water deal.\n"))
	if code, out, errs := runNewsgraph(t, db, "load", first); code != exitOK {
		t.Fatalf("load: %d %s%s", code, out, errs)
	}

	watched := filepath.Join(dir, "incoming")
	os.Mkdir(watched, 0o755)
	holder := newsgraphProcess(t, testExecutable(t), db, "load", "--watch", watched)
	stdout, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		holder.Process.Signal(os.Interrupt)
		holder.Wait()
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if !strings.HasPrefix(line, "watching ") {
		t.Fatalf("load --watch printed %q, %v", line, err)
	}

	code, out, errs := runNewsgraph(t, db, "load", second)
	want := "newsgraph: open store " + db + ": gave up after 3s: store is locked by another process (a running 'newsgraph serve'?)\n"
	if code != exitError || out != "" || errs != want {
		t.Errorf("load into a locked store: status %d, stdout %q, stderr %q; want %d and %q", code, out, errs, exitError, want)
	}

	holder.Process.Signal(os.Interrupt)
	holder.Wait()
	if code, out, errs := runNewsgraph(t, db, "load", first, second); code != exitOK || !strings.HasPrefix(out, "loaded 2 articles (1 already in the store)") {
		t.Errorf("load after the lock is gone: %d %s%s", code, out, errs)
	}
}

// TestLoadReadOnlyStore loads into a store whose directory and file are
// read-only: load fails naming the store and saying it is read-only, and
// once it is writable again the store has its earlier facts. Permissions do
// not stop root, so when the tests run as root newsgraph runs as the user
// nobody.
func TestLoadReadOnlyStore(t *testing.T) {
	base, err := os.MkdirTemp("", "newsgraph-readonly")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.WalkDir(base, func(p string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				os.Chmod(p, 0o755)
			}
			return nil
		})
		os.RemoveAll(base)
	})
	exe := testExecutable(t)
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		const nobody = 65534
		cred = &syscall.Credential{Uid: nobody, Gid: nobody}
		exe = copyExecutable(t, exe, filepath.Join(base, "newsgraph"))
		if err := os.Chmod(base, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(filepath.Join(base, "store"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(filepath.Join(base, "store"), nobody, nobody); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(base, "store", "news.db")
	first, second := filepath.Join(base, "first.txt"), filepath.Join(base, "second.txt")
	writeFile(t, first, []byte("date 2025-01-02\nNadia Petrenko said the pipes were fixed.\n"))
	writeFile(t, second, []byte("date 2025-01-03\nKenya joined the water deal.\n"))
	newsgraph := func(args ...string) (int, string, string) {
		t.Helper()
		cmd := newsgraphProcess(t, exe, db, args...)
		if cred != nil {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		}
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if _, exited := err.(*exec.ExitError); err != nil && !exited {
			t.Fatal(err)
		}
		return cmd.ProcessState.ExitCode(), out.String(), errb.String()
	}
	if code, out, errs := newsgraph("load", first); code != exitOK {
		t.Fatalf("load: %d %s%s", code, out, errs)
	}
	setWritable := func(on bool) {
		t.Helper()
		for _, p := range []string{db, filepath.Join(db, "indexes.bolt")} {
			mode := os.FileMode(0o555)
			if on {
				mode = 0o755
			}
			if err := os.Chmod(p, mode); err != nil {
				t.Fatal(err)
			}
		}
	}
	setWritable(false)
	code, out, errs := newsgraph("load", second)
	t.Logf("load into a read-only store: status %d\n%s%s", code, out, errs)
	want := "newsgraph: open store " + db + ": read-only (permission denied on " + filepath.Join(db, "indexes.bolt") +
		"); Cayley's bolt backend always opens read-write — query a copy\n"
	if code != exitError || out != "" || errs != want {
		t.Errorf("load into a read-only store: status %d, stdout %q, stderr %q; want %d and %q", code, out, errs, exitError, want)
	}
	setWritable(true)
	if code, out, errs := newsgraph("load", first, second); code != exitOK || !strings.HasPrefix(out, "loaded 2 articles (1 already in the store)") {
		t.Errorf("load once writable again: %d %s%s", code, out, errs)
	}
}

// copyExecutable copies the test binary where another user can run it.
func copyExecutable(t *testing.T, from, to string) string {
	t.Helper()
	src, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	return to
}
