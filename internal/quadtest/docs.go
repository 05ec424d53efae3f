package quadtest

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Veltrix is a made-up article: fictional people and company, a real
// country.
func Veltrix() *schema.Document {
	return &schema.Document{
		Article: schema.Article{
			ID: "veltrix-orbital", Origin: "a.txt", Date: "2025-06-02",
			Title: "Veltrix signs orbital deal", URL: "https://news.example/veltrix",
			Publisher: "Example News", Text: "Veltrix Corp CEO Ada Okafor said on Twitter: \"We are going to orbit.\"",
		},
		Entities: []schema.Entity{
			{Name: "Ada Okafor", Type: schema.Person, Aliases: []string{"Okafor", "@adaokafor"}},
			{Name: "Veltrix Corp", Type: schema.Company, Aliases: []string{"Veltrix"}},
			{Name: "Kenya", Type: schema.Country, Aliases: []string{"Кения"}},
			{Name: "Twitter", Type: schema.Company},
		},
		Roles: []schema.Role{{Person: "Ada Okafor", Title: "CEO", Org: "Veltrix Corp"}},
		Statements: []schema.Statement{{
			Speaker: "Ada Okafor", Text: "We are going to orbit.", Date: "2025-06-01",
			Channel: "Twitter", Mentions: []string{"Kenya"},
		}},
	}
}

// Kenya is a second article that shares entities with Veltrix.
func Kenya() *schema.Document {
	return &schema.Document{
		Article: schema.Article{ID: "kenya-launch", Date: "2025-06-05", Title: "Kenya hosts launch", Text: "Kenya's space agency praised Veltrix."},
		Entities: []schema.Entity{
			{Name: "Kenya", Type: schema.Country, Aliases: []string{"Kenya's"}},
			{Name: "Veltrix Corp", Type: schema.Company, Aliases: []string{"Veltrix"}},
			{Name: "Kenya Space Agency", Type: schema.Organization},
		},
		Statements: []schema.Statement{{SpeakerOrg: "Kenya Space Agency", Text: "a milestone", Date: "2025-06-05", Indirect: true}},
	}
}

// Hostile returns articles whose every field an attacker chose:
// injections, spaces, quotes, controls, NUL, U+2028, invalid UTF-8, a
// 10,000-character url.
func Hostile() []*schema.Document {
	long := "https://news.example/" + strings.Repeat("a b", 3400)
	return []*schema.Document{
		hostileDoc("inject-1", "https://news.example/x> <https://evil.example/p> \"forged\" <https://newsgraph.dev/id/article/victim> .\n<https://news.example/y", "body\n<a> <b> <c> ."),
		hostileDoc("Space Id", "https://news.example/a b", "text"),
		hostileDoc("ctl\x00\x01", "https://news.example/\x00\x1f\x7f\"{}|\\^`", "nul\x00here"),
		hostileDoc("long", long, strings.Repeat("x\n", 500)),
		hostileDoc("bad-utf8-\xff", "https://news.example/\xff\xfe", "\xc3\x28"),
		hostileDoc("not-a-url", "www.example.com/a b> .", "t"),
		hostileDoc("!!!", "javascript:alert(1)", "t"),
	}
}

// hostileDoc is an article whose every field an attacker chose.
func hostileDoc(id, url, text string) *schema.Document {
	return &schema.Document{
		Article: schema.Article{
			ID: id, URL: url, Date: "2025-06-02", Origin: "feed\x00.jsonl",
			Title: "Quotes \" and \\ back\\slashes\r\n\t\x01\x7f\u2028\u2029 \xed\xa0\x80 lone surrogate", Publisher: "Pub> <x> .",
			Text: text,
		},
		Entities: []schema.Entity{{Name: "Ada \"Okafor\"", Type: schema.Person, Aliases: []string{"@ada>\n"}}},
	}
}

// CloneDoc returns a copy of d that shares no slice with it, as a loader
// yields fresh documents (Load may change the ones it is given).
func CloneDoc(d schema.Document) schema.Document { return d.Clone() }
