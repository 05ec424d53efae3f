package schema

import (
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestIRI(t *testing.T) {
	tests := []struct {
		name, in, want string // want "" means an error
	}{
		{"plain", "https://news.example/a/1?x=1#top", "https://news.example/a/1?x=1#top"},
		{"unicode kept", "https://例え.jp/ニュース?q=€", "https://例え.jp/ニュース?q=€"},
		{"space", "https://news.example/a b", "https://news.example/a%20b"},
		{"quad injection", "https://x.example/a> <https://evil.example/p> \"forged\" <https://newsgraph.dev/id/article/other> .\n<https://x.example/b",
			"https://x.example/a%3E%20%3Chttps://evil.example/p%3E%20%22forged%22%20%3Chttps://newsgraph.dev/id/article/other%3E%20.%0A%3Chttps://x.example/b"},
		{"delimiters", "http://h.example/{a}|b\\c^d`e", "http://h.example/%7Ba%7D%7Cb%5Cc%5Ed%60e"},
		{"controls", "http://h.example/\x00\x1f\x7f\u0085", "http://h.example/%00%1F%7F%C2%85"},
		{"invalid utf-8", "http://h.example/\xff\xc3", "http://h.example/%FF%C3"},
		{"replacement char", "http://h.example/\ufffd", "http://h.example/%EF%BF%BD"},
		{"line separator kept", "http://h.example/a\u2028b", "http://h.example/a\u2028b"},
		{"noncharacter", "http://h.example/\ufdd0", "http://h.example/%EF%B7%90"},
		{"private use in path", "http://h.example/\ue000", "http://h.example/%EE%80%80"},
		{"private use in query kept", "http://h.example/?\ue000", "http://h.example/?\ue000"},
		{"lone percent", "http://h.example/100%", "http://h.example/100%25"},
		{"percent encoding kept", "http://h.example/a%20b%C3%A9", "http://h.example/a%20b%C3%A9"},
		{"ipv6", "http://[2001:db8::1]:8080/x", "http://[2001:db8::1]:8080/x"},
		{"userinfo", "ftp://anon:pw@h.example/", "ftp://anon:pw@h.example/"},
		{"urn", "urn:isbn:0451450523", "urn:isbn:0451450523"},
		{"no scheme", "news.example/a", ""},
		{"relative", "/a/b", ""},
		{"empty", "", ""},
		{"scheme digit first", "1http://h.example/", ""},
		{"two fragments", "http://h.example/#a#b", ""},
		{"bracket in path", "http://h.example/[x]", ""},
		{"bad port", "http://h.example:80a/", ""},
		{"bad ip literal", "http://[zz::1]/", ""},
		{"ip zone", "http://[fe80::1%25eth0]/", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := IRI(tt.in)
			if tt.want == "" {
				if err == nil || !errors.Is(err, ErrNotIRI) {
					t.Errorf("IRI(%q) = %q, %v; want ErrNotIRI", tt.in, got, err)
				}
				return
			}
			if err != nil || string(got) != tt.want {
				t.Errorf("IRI(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
			if again, err := IRI(string(got)); err != nil || again != got {
				t.Errorf("IRI(IRI(%q)) = %q, %v; want it unchanged", tt.in, again, err)
			}
		})
	}
}

func TestWebIRI(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"https://news.example/a", true},
		{"HTTP://news.example", true},
		{"http://user@news.example:81/a", true},
		{"http://[::1]/", true},
		{"http:///a", false},
		{"http://:80/", false},
		{"http:news", false},
		{"mailto:desk@news.example", false},
		{"javascript:alert(1)", false},
		{"//news.example/a", false},
		{"news.example/a b", false},
	}
	for _, tt := range tests {
		if _, ok := WebIRI(tt.in); ok != tt.ok {
			t.Errorf("WebIRI(%q) ok = %v, want %v", tt.in, ok, tt.ok)
		}
	}
}

// TestArticleURL: a url is a node when it is a web IRI (escaped), and the
// plain text it was otherwise; nothing in it reaches the quad unescaped.
func TestArticleURL(t *testing.T) {
	tests := []struct {
		url  string
		want quad.Value
	}{
		{"https://news.example/a b", quad.IRI("https://news.example/a%20b")},
		{"https://news.example/a> <https://evil.example/p> \"x\" .\n", quad.IRI("https://news.example/a%3E%20%3Chttps://evil.example/p%3E%20%22x%22%20.%0A")},
		{"news.example/a", quad.String("news.example/a")},
		{"javascript:alert(1)", quad.String("javascript:alert(1)")},
	}
	for _, tt := range tests {
		d := &Document{Article: Article{ID: "a1", URL: tt.url}}
		var got []quad.Value
		for _, q := range d.Quads() {
			if q.Predicate == PredURL {
				got = append(got, q.Object)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("url %q gives schema:url %#v, want %#v", tt.url, got, tt.want)
		}
	}
}

// TestArticleIRIDistinct: ids that a slug would merge stay apart, and every
// article IRI is valid.
func TestArticleIRIDistinct(t *testing.T) {
	ids := []string{"kenya-launch", "Kenya-Launch", "kenya launch", "kenya_launch", "kenya--launch", "kenya.launch",
		"kenyalaunch", "!!!", "???", "", "%21%21%21", "a/b", "a%2Fb", "3f2a9c0d1e4b5a67", "кения", "Кения", "\xff", "\ufffd", "-"}
	seen := map[quad.IRI]string{}
	for _, id := range ids {
		iri := ArticleIRI(id)
		if prev, ok := seen[iri]; ok {
			t.Errorf("ArticleIRI(%q) = ArticleIRI(%q) = %s", id, prev, iri)
		}
		seen[iri] = id
		if _, err := IRI(string(iri)); err != nil || strings.ContainsAny(string(iri[len(articleBase):]), "/?#") {
			t.Errorf("ArticleIRI(%q) = %s: not one valid path segment (%v)", id, iri, err)
		}
	}
	for iri, id := range seen {
		if id == "" {
			continue
		}
		if got, ok := ArticleID(iri); !ok || got != id {
			t.Errorf("ArticleID(%s) = %q, %v; want %q", iri, got, ok, id)
		}
	}
	if got := ArticleIRI("kenya-launch"); got != "https://newsgraph.dev/id/article/kenya-launch" {
		t.Errorf("ArticleIRI of a slug id = %s, want it kept", got)
	}
}

func TestEntityIRIPunctuationOnly(t *testing.T) {
	a, b, c := EntityIRI(Person, "!!!"), EntityIRI(Person, "???"), EntityIRI(Person, "Ada Okafor")
	if a == b || a == c || string(a) == IDBase+"person/" {
		t.Errorf("punctuation-only names: %s, %s, %s", a, b, c)
	}
	if got := EntityIRI(Person, "Ada  Okafor."); got != c {
		t.Errorf("EntityIRI no longer merges spellings: %s vs %s", got, c)
	}
}

func TestVocabularyIRIs(t *testing.T) {
	iris := []quad.IRI{AliasesLabel, SavedQueriesLabel, XSDDate, XSDBoolean, XSDDecimal,
		RoleIRI(EntityIRI(Person, "Ada Okafor"), "CEO", EntityIRI(Company, "Veltrix")), StatementIRI("a1", "", "hi")}
	for _, term := range Vocabulary() {
		iris = append(iris, term.IRI)
	}
	for _, iri := range iris {
		if got, err := IRI(string(iri)); err != nil || got != iri {
			t.Errorf("IRI(%s) = %s, %v; want it unchanged", iri, got, err)
		}
	}
}
