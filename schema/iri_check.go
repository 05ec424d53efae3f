package schema

import (
	"errors"
	"net/netip"
	"strings"
	"unicode/utf8"
)

// checkIRI checks s against RFC 3987's rule for an absolute IRI:
//
//	IRI         = scheme ":" ihier-part [ "?" iquery ] [ "#" ifragment ]
//	ihier-part  = "//" iauthority ipath-abempty / ipath-absolute / ipath-rootless / ipath-empty
//	iauthority  = [ iuserinfo "@" ] ihost [ ":" port ]
//
// The error says which part is wrong.
func checkIRI(s string) error {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || !isScheme(scheme) {
		return errors.New("no scheme")
	}
	rest, frag, hasFrag := strings.Cut(rest, "#")
	if hasFrag && !allOf(frag, querySet, false) {
		return errors.New("bad fragment")
	}
	rest, query, hasQuery := strings.Cut(rest, "?")
	if hasQuery && !allOf(query, querySet, true) {
		return errors.New("bad query")
	}
	if auth, ok := strings.CutPrefix(rest, "//"); ok {
		i := strings.IndexByte(auth, '/')
		if i < 0 {
			i = len(auth)
		}
		if err := checkAuthority(auth[:i]); err != nil {
			return err
		}
		rest = auth[i:]
	}
	if !allOf(rest, pathSet, false) {
		return errors.New("bad path")
	}
	return nil
}

// checkAuthority checks [ iuserinfo "@" ] ihost [ ":" port ].
func checkAuthority(a string) error {
	if i := strings.LastIndexByte(a, '@'); i >= 0 {
		if !allOf(a[:i], userSet, false) {
			return errors.New("bad user information")
		}
		a = a[i+1:]
	}
	host, port := a, ""
	if strings.HasPrefix(a, "[") {
		end := strings.IndexByte(a, ']')
		if end < 0 || !isIPLiteral(a[1:end]) {
			return errors.New("bad IP literal")
		}
		host, port = a[:end+1], a[end+1:]
		if port != "" && port[0] != ':' {
			return errors.New("bad port")
		}
	} else if i := strings.IndexByte(a, ':'); i >= 0 {
		host, port = a[:i], a[i:]
	}
	if port != "" && strings.Trim(port[1:], "0123456789") != "" {
		return errors.New("bad port")
	}
	if !strings.HasPrefix(host, "[") && !allOf(host, hostSet, false) {
		return errors.New("bad host")
	}
	return nil
}

// isIPLiteral is IPv6address / IPvFuture, without brackets.
func isIPLiteral(s string) bool {
	if len(s) > 1 && (s[0] == 'v' || s[0] == 'V') {
		ver, rest, ok := strings.Cut(s[1:], ".")
		return ok && ver != "" && strings.Trim(ver, "0123456789abcdefABCDEF") == "" && rest != "" &&
			strings.Trim(rest, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:") == ""
	}
	ip, err := netip.ParseAddr(s)
	return err == nil && ip.Is6() && ip.Zone() == ""
}

// allOf reports whether s is made only of the ASCII characters of set,
// pct-encoded octets and ucschar; with private, also of iprivate (a query).
func allOf(s string, set *asciiSet, private bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if !isPctEncoded(s[i:]) {
				return false
			}
		case c < 0x80:
			if !set[c] {
				return false
			}
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || !isUcschar(r) && !(private && isIprivate(r)) {
				return false
			}
			i += n - 1
		}
	}
	return true
}

// isScheme is ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
func isScheme(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}
