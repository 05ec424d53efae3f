package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// roleTimeTests are made-up sentences, one or more per class of cue, with
// the holder and title whose time is asked.
var roleTimeTests = []struct {
	name, sentence, holder, title string
	want                          schema.RoleStatus
}{
	// Current: no cue, appointments, posts about to be given up.
	{"plain pre-modifier", "Veltrix CEO Ann Holt said sales rose.", "Ann Holt", "CEO", schema.StatusCurrent},
	{"plain appositive", "Ann Holt, chief executive of Veltrix, said sales rose.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"was named", "Ann Holt was named chief executive of Veltrix on Monday.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"named to succeed", "Ann Holt was appointed chairwoman to succeed Tom Reyes.", "Ann Holt", "chairwoman", schema.StatusCurrent},
	{"has been since", "Ann Holt has been chairman of Veltrix since 2010.", "Ann Holt", "chairman", schema.StatusCurrent},
	{"will retire", "Ann Holt, who will retire as chairman of Veltrix on June 1, said little.", "Ann Holt", "chairman", schema.StatusCurrent},
	{"retires on a date", "Ann Holt, who retires as chairman on June 1, said little.", "Ann Holt", "chairman", schema.StatusCurrent},
	{"will stay until", "Health Minister Lena Strom will stay in her post until the end of April.", "Lena Strom", "Health Minister", schema.StatusCurrent},
	{"steps down next month", "Ann Holt, who steps down as CEO next month, thanked staff.", "Ann Holt", "CEO", schema.StatusCurrent},
	{"successor, present", "Ann Holt succeeds Tom Reyes as chief executive of Veltrix.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"took over", "Ann Holt took over as chief executive last month.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"now, after a former", "Ann Holt, a former banker who is now chief executive of Veltrix, spoke first.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"predecessor of a future change, participle", "Ann Holt will become chairman of Veltrix in May, succeeding Tom Reyes, who is retiring.", "Tom Reyes", "chairman", schema.StatusCurrent},
	{"predecessor of a future change", "Ann Holt will succeed Tom Reyes as chief executive in May.", "Tom Reyes", "chief executive", schema.StatusCurrent},
	{"outgoing", "Outgoing chairman Tom Reyes praised the board.", "Tom Reyes", "chairman", schema.StatusCurrent},
	{"will say, later", "Veltrix CEO Ann Holt said the company would become profitable.", "Ann Holt", "CEO", schema.StatusCurrent},

	// Former.
	{"former before title", "Former Veltrix chief executive Tom Reyes opened the plant.", "Tom Reyes", "chief executive", schema.StatusFormer},
	{"a former, appositive", "Tom Reyes, a former president of Arco Holdings, was there.", "Tom Reyes", "president", schema.StatusFormer},
	{"possessive former", "Veltrix's former chief executive, Tom Reyes, declined to comment.", "Tom Reyes", "chief executive", schema.StatusFormer},
	{"age and former", "Tom Reyes, 58 years old and former president of Arco Holdings, will join the board.", "Tom Reyes", "president", schema.StatusFormer},
	{"ex- prefix", "Ex-CEO Tom Reyes sold his shares.", "Tom Reyes", "Ex-CEO", schema.StatusFormer},
	{"ex- modifier", "The ex-Veltrix chairman Tom Reyes sold his shares.", "Tom Reyes", "chairman", schema.StatusFormer},
	{"then-", "Then-CEO Tom Reyes signed the deal in 2015.", "Tom Reyes", "Then-CEO", schema.StatusFormer},
	{"formerly", "Tom Reyes, formerly head of research at Veltrix, joined Kestrel.", "Tom Reyes", "head of research", schema.StatusFormer},
	{"previously", "Tom Reyes, who was previously finance director of Veltrix, joined Kestrel.", "Tom Reyes", "finance director", schema.StatusFormer},
	{"retired as", "Tom Reyes, who retired as chairman in 2020, said the plan was sound.", "Tom Reyes", "chairman", schema.StatusFormer},
	{"stepped down as", "Tom Reyes stepped down as chief executive in 1999.", "Tom Reyes", "chief executive", schema.StatusFormer},
	{"resigned after the role", "Veltrix CEO Tom Reyes resigned on Monday.", "Tom Reyes", "CEO", schema.StatusFormer},
	{"the late", "The late Veltrix founder Tom Reyes built the first plant.", "Tom Reyes", "founder", schema.StatusFormer},
	{"the late before the name", "His father, the late Tom Reyes, had founded Veltrix in 1938.", "Tom Reyes", "founded", schema.StatusFormer},
	{"had been", "Tom Reyes, who had been foreign minister since 2023, moved to defence.", "Tom Reyes", "foreign minister", schema.StatusFormer},
	{"until", "Tom Reyes was the company's finance director until 1990.", "Tom Reyes", "finance director", schema.StatusFormer},
	{"until now", "Ines Kahl, until now secretary of state for the budget, takes the ministry.", "Ines Kahl", "secretary of state", schema.StatusFormer},
	{"succeeded, object", "Ann Holt succeeds Tom Reyes as chief executive of Veltrix.", "Tom Reyes", "chief executive", schema.StatusFormer},
	{"replacing, object", "Ann Holt becomes defence minister, replacing Tom Reyes, who resigned as defence minister last week.", "Tom Reyes", "defence minister", schema.StatusFormer},
	{"took over from", "Ann Holt took over from Tom Reyes as chief executive in 2019.", "Tom Reyes", "chief executive", schema.StatusFormer},
	{"was replaced by", "Tom Reyes, the finance minister who drafted two budgets, was replaced by Ines Kahl.", "Tom Reyes", "finance minister", schema.StatusFormer},
	{"was ousted", "Tom Reyes, who was ousted as chairman in March, is suing.", "Tom Reyes", "chairman", schema.StatusFormer},

	{"named, then resigned", "Tom Reyes, who was named chief executive in 2019, resigned on Monday.", "Tom Reyes", "chief executive", schema.StatusFormer},
	{"appositive, then resigned", "Tom Reyes, chief executive of Veltrix Corp., resigned on Monday.", "Tom Reyes", "chief executive", schema.StatusFormer},
	{"apposition after the name, then retired", "Veltrix CEO Tom Reyes, 64, retired in May.", "Tom Reyes", "CEO", schema.StatusFormer},

	// Incoming.
	{"will become", "Ann Holt will become housing minister on April 1.", "Ann Holt", "housing minister", schema.StatusIncoming},
	{"who will become", "Sorvik's chief, Ann Holt, who founded it, will become Veltrix's president of products.", "Ann Holt", "president of products", schema.StatusIncoming},
	{"will succeed as", "Ann Holt will succeed Tom Reyes as chief executive in May.", "Ann Holt", "chief executive", schema.StatusIncoming},
	{"will join as", "Ann Holt will join Veltrix as European finance director.", "Ann Holt", "finance director", schema.StatusIncoming},
	{"is to become", "Ann Holt is to become chief executive in May.", "Ann Holt", "chief executive", schema.StatusIncoming},
	{"set to take over", "Ann Holt is set to take over as chairwoman of Veltrix.", "Ann Holt", "chairwoman", schema.StatusIncoming},
	{"takes over next month", "Ann Holt takes over as chief executive next month.", "Ann Holt", "chief executive", schema.StatusIncoming},
	{"named, effective next month", "Ann Holt was named chief executive, effective next month.", "Ann Holt", "chief executive", schema.StatusIncoming},
	{"incoming", "Incoming chief executive Ann Holt met staff.", "Ann Holt", "chief executive", schema.StatusIncoming},
	{"designate", "Ann Holt, the chief executive designate of Veltrix, met staff.", "Ann Holt", "chief executive", schema.StatusIncoming},
	{"-designate", "CEO-designate Ann Holt met staff.", "Ann Holt", "CEO-designate", schema.StatusIncoming},
	{"-elect", "President-elect Tomas Berg of Estonia met staff.", "Tomas Berg", "President-elect", schema.StatusIncoming},
	{"will remain as", "Tom Reyes, who is retiring, will remain on the board as a nonexecutive director.", "Tom Reyes", "nonexecutive director", schema.StatusIncoming},
	{"was replaced by, the successor", "Tom Reyes, the finance minister, was replaced by Ines Kahl.", "Ines Kahl", "", schema.StatusCurrent},
	{"will be succeeded by", "Rosa Diaz will stay until April, when she will be succeeded by Mario Ruiz.", "Mario Ruiz", "", schema.StatusIncoming},
	{"reported future", "Ann Holt said she would become chief executive in May.", "Ann Holt", "chief executive", schema.StatusIncoming},

	// Negatives: a cue said of someone or something else.
	{"former Soviet Union", "The former Soviet Union's trade minister Ivan Petrov spoke.", "Ivan Petrov", "trade minister", schema.StatusCurrent},
	{"former of another person after", "Ann Holt, chief executive of Veltrix, praised former chairman Tom Reyes.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"former of another person, conjoined", "Former chairman Tom Reyes and chief executive Ann Holt met.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"former of another person before", "The former chairman praised Veltrix CEO Ann Holt.", "Ann Holt", "CEO", schema.StatusCurrent},
	{"another's predecessor retired", "Ann Holt, whose predecessor retired, is chief executive.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"the other person in a succession", "Tom Reyes was replaced by Ann Holt as chief executive.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"will in a name", "Veltrix CEO Will Tanner opened the plant.", "Will Tanner", "CEO", schema.StatusCurrent},
	{"late as adverb", "Ann Holt, named chief executive late last year, spoke.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"former other post", "Ann Holt, former CEO, will become chair of Veltrix.", "Ann Holt", "chair", schema.StatusIncoming},
	{"former of the one replaced", "Ann Holt, who replaced former chairman Tom Reyes, is chief executive of Veltrix.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"former of another's company", "Ann Holt, whose former employer went bankrupt, is chairman of Veltrix.", "Ann Holt", "chairman", schema.StatusCurrent},
	{"left for a city", "Ann Holt, chief executive of Veltrix, left for Oslo on Monday.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"apposition, then said", "Ann Holt, chief executive of Veltrix, said she resigned from Kestrel in 2019.", "Ann Holt", "chief executive", schema.StatusCurrent},
	{"current other post", "Veltrix CFO Ann Holt will become chief executive in May.", "Ann Holt", "CFO", schema.StatusCurrent},
	// A post held over a closed range of years is past (obituaries, profiles).
	{"was, from to", "Peter Vance was chairman of Dorn Foods from 1990 to 2004.", "Peter Vance", "chairman", schema.StatusFormer},
	{"range first", "From 1983 to 1987 Susan Hale was also president of the Riga Chamber of Commerce.", "Susan Hale", "president", schema.StatusFormer},
	{"served between", "Laura Finch served as finance director of Talvik Foods between 2001 and 2008.", "Laura Finch", "finance director", schema.StatusFormer},
	{"appositive with range", "Laura Finch, treasurer of Talvik Foods from 2001 to 2008, said costs rose.", "Laura Finch", "treasurer", schema.StatusFormer},
	{"dash range", "David Moor was chief executive of Arco (1994-2001) and later its chairman.", "David Moor", "chief executive", schema.StatusFormer},
	{"open range is current", "Peter Vance has been chairman of Dorn Foods since 1990.", "Peter Vance", "chairman", schema.StatusCurrent},
	{"range of another clause", "Peter Vance is chairman of Dorn Foods, which grew from 1990 to 2004.", "Peter Vance", "chairman", schema.StatusCurrent},
	{"present tense, range", "Peter Vance is chairman of Dorn Foods, a post he will hold from 2025 to 2029.", "Peter Vance", "chairman", schema.StatusCurrent},
}

func TestRoleStatus(t *testing.T) {
	for _, tt := range roleTimeTests {
		if got := roleStatus(tt.sentence, tt.holder, tt.title); got != tt.want {
			t.Errorf("%s: roleStatus(%q, %q, %q) = %s, want %s", tt.name, tt.sentence, tt.holder, tt.title, got, tt.want)
		}
	}
}

// TestRoleTimes: the pass over a Document finds each role's sentence and
// holder from the spans and sets the flags the JSON output carries.
func TestRoleTimes(t *testing.T) {
	text := "Veltrix named a new chief. Former Veltrix chief executive Tom Reyes opened the plant in 2015. " +
		"Ann Holt, who will become chairwoman of Veltrix in May, spoke. Ines Kahl, chief financial officer of Veltrix, agreed."
	span := func(s string) *schema.Span {
		i := indexOf(text, s)
		return &schema.Span{Start: i, End: i + len(s)}
	}
	d := &schema.Document{
		Article: schema.Article{Text: text},
		Entities: []schema.Entity{
			{Name: "Tom Reyes", Type: schema.Person, Spans: []schema.Span{*span("Tom Reyes")}},
			{Name: "Ann Holt", Type: schema.Person, Spans: []schema.Span{*span("Ann Holt")}},
			{Name: "Ines Kahl", Type: schema.Person, Spans: []schema.Span{*span("Ines Kahl")}},
			{Name: "Veltrix", Type: schema.Company},
		},
		Roles: []schema.Role{
			{Person: "Tom Reyes", Title: "chief executive", Org: "Veltrix", Span: span("Veltrix chief executive Tom Reyes")},
			{Person: "Ann Holt", Title: "chairwoman", Org: "Veltrix", Span: span("Ann Holt, who will become chairwoman of Veltrix")},
			{Person: "Ines Kahl", Title: "chief financial officer", Org: "Veltrix", Span: span("Ines Kahl, chief financial officer of Veltrix")},
			{Person: "Ines Kahl", Title: "ceo", Org: "Veltrix", Former: true}, // no span: left as it is
		},
	}
	roleTimes(d, nil)
	want := []schema.RoleStatus{schema.StatusFormer, schema.StatusIncoming, schema.StatusCurrent, schema.StatusFormer}
	for i, r := range d.Roles {
		if r.Status() != want[i] {
			t.Errorf("role %d (%s, %s): %s, want %s", i, r.Person, r.Title, r.Status(), want[i])
		}
	}
}

func indexOf(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		panic("no " + sub)
	}
	return i
}

// FuzzRoleStatus: any sentence, holder and title give a status without a
// panic.
func FuzzRoleStatus(f *testing.F) {
	for _, tt := range roleTimeTests {
		f.Add(tt.sentence, tt.holder, tt.title)
	}
	f.Fuzz(func(t *testing.T, sentence, holder, title string) {
		if st := roleStatus(sentence, holder, title); rankOf(st) < 0 {
			t.Errorf("roleStatus = %q", st)
		}
		d := &schema.Document{Article: schema.Article{Text: sentence},
			Roles: []schema.Role{{Person: holder, Title: title, Span: &schema.Span{Start: 0, End: len(sentence)}}}}
		roleTimes(d, nil)
	})
}

func rankOf(st schema.RoleStatus) int {
	for i, s := range schema.RoleStatuses {
		if s == st {
			return i
		}
	}
	return -1
}

// BenchmarkRoleTimes measures the role-time pass over the benchmark
// article, given its tokens as Extract has them, in the words/s of
// BenchmarkExtract, to weigh what wiring it into Extract costs.
func BenchmarkRoleTimes(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	d := New().Extract(schema.Article{ID: "bench", Date: "2023-01-01", Text: text})
	if len(d.Roles) == 0 {
		b.Fatal("the benchmark article gives no roles")
	}
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	toks := tokenize(text)
	splitSentences(toks)
	b.ResetTimer()
	for b.Loop() {
		roleTimes(&d, toks)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(d.Roles)), "roles")
}
