package loaders

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"
)

// binaryError returns an error wrapping ErrBinary when head, the first
// bytes of an input, is not text, and nil when it is. Input is binary when
// its first bytes hold control characters or bytes that are not UTF-8 and
// are also a known binary signature (an image, a PDF, a zip archive, as
// net/http's content sniffing knows them), hold a NUL byte, or are mostly
// not UTF-8. Text that merely starts like a signature ("BM…" is a
// bitmap's) is text, and so is a text file with a few bytes of another
// encoding: it is read and reported line by line as not UTF-8. UTF-16
// text, found by its byte order mark, is reported as not UTF-8. With
// signatureOnly, only a known signature counts: for formats whose parsers
// decode other encodings themselves.
func binaryError(head []byte, signatureOnly bool) error {
	if !hasBinaryBytes(head) {
		return nil
	}
	ct := http.DetectContentType(head)
	switch {
	case !strings.HasPrefix(ct, "text/") && ct != "application/octet-stream":
		return fmt.Errorf("%w (%s)", ErrBinary, ct)
	case signatureOnly:
		return nil
	case strings.Contains(ct, "utf-16"):
		return fmt.Errorf("%w: UTF-16 (convert it to UTF-8)", ErrNotUTF8)
	case bytes.IndexByte(head, 0) >= 0:
		return fmt.Errorf("%w (it has NUL bytes)", ErrBinary)
	}
	if bad := invalidUTF8Bytes(head); bad*10 > len(head) {
		return fmt.Errorf("%w (%d%% of its first %d bytes are not UTF-8)", ErrBinary, 100*bad/len(head), len(head))
	}
	return nil
}

// hasBinaryBytes reports whether b has a byte no text has: a control
// character other than tab, line breaks, form feed and escape, or a byte
// that is not part of a UTF-8 character.
func hasBinaryBytes(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			return true
		}
	}
	return invalidUTF8Bytes(b) > 0
}

// invalidUTF8Bytes counts the bytes of b that are not part of a UTF-8
// character; a character cut off at the end of b counts as valid.
func invalidUTF8Bytes(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if !utf8.FullRune(b[i:]) {
				break
			}
			n++
		}
		i += size
	}
	return n
}

// firstInvalidUTF8 is the offset of the first byte of b that is not UTF-8,
// -1 when b is valid.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// notUTF8 is ErrNotUTF8 with the first bad byte of line and its column
// (1-based, in bytes).
func notUTF8(line []byte) error {
	i := firstInvalidUTF8(line)
	if i < 0 {
		return ErrNotUTF8
	}
	return fmt.Errorf("%w (byte 0x%02x at column %d)", ErrNotUTF8, line[i], i+1)
}
