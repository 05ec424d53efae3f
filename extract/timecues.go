package extract

// The closed word classes that tell a role's time (roletime.go): small
// grammatical tables, lower case, read by the rules there. They belong with
// the other closed classes of the lexicon.

// formerMods before a title make the post past: "former chairman",
// "onetime adviser", "then chief executive", "the late founder".
var formerMods = set("former", "ex", "onetime", "one-time", "erstwhile", "previous", "past", "then", "late",
	"retired", "ousted", "deposed", "sacked", "fired", "dismissed")

// incomingMods before a title, or after it ("chief executive designate",
// "president elect"), make the post future.
var incomingMods = set("incoming", "future", "designated", "prospective")

// incomingAfter follow a title and make the post future.
var incomingAfter = set("designate", "elect", "designee")

// formerPrefixes and incomingSuffixes are joined to a title word by a
// hyphen: "ex-CEO", "then-chairman", "president-elect", "CEO-designate".
var (
	formerPrefixes   = []string{"ex-", "former-", "then-"}
	incomingSuffixes = []string{"-elect", "-designate", "-designee"}
)

// determiners may stand between a role's words and its modifiers.
var determiners = set("the", "a", "an", "its", "his", "her", "their", "our", "this", "that")

// modals put the verb after them in the future ("will become"); would is
// the future of reported speech ("said she would become").
var modals = set("will", "shall", "'ll", "would")

// futureTo are the words that make a following "to" a future: "is to
// become", "set to take over", "expected to join".
var futureTo = set("is", "are", "was", "were", "set", "expected", "due", "poised", "slated", "scheduled",
	"likely", "tipped", "going", "about", "tapped")

// namedVerbs state an appointment, which the gold counts as a current post
// ("was named chief executive", "was appointed to succeed X").
var namedVerbs = set("named", "appointed", "elected", "chosen", "picked", "promoted", "hired", "installed",
	"confirmed", "reappointed", "re-elected", "reelected", "made", "tapped", "sworn")

// changeIn verbs take up a post; with a modal they make it incoming. A
// holder who "will remain on the board as a director" takes a new post;
// one who "will stay in her post until April" keeps the post named before
// the name, which the verb after it does not change (roleClause.after).
var changeIn = set("become", "becomes", "be", "succeed", "succeeds", "replace", "replaces", "take", "takes",
	"join", "joins", "serve", "head", "heads", "lead", "leads", "assume", "assumes", "run", "return", "returns",
	"rejoin", "move", "start", "starts", "named", "appointed", "elected", "remain", "stay")

// changeOut verbs give up a post; a holder who will give it up still holds
// it ("will step down", "retires as chairman on June 1").
var changeOut = set("retire", "retires", "retiring", "resign", "resigns", "resigning", "leave", "leaves",
	"leaving", "quit", "quits", "depart", "departs", "exit", "exits", "relinquish", "hand", "hands")

// leftVerbs, in the past, end a post: "who retired as chairman", "resigned
// on Monday".
var leftVerbs = set("retired", "resigned", "quit", "left", "departed", "died", "exited", "relinquished")

// pastMarks make a post past: "formerly", "previously", "once".
var pastMarks = set("former", "formerly", "previously", "once", "ex", "until")

// removedVerbs after was/were/been make the holder's post past: "was
// replaced by", "was ousted".
var removedVerbs = set("replaced", "succeeded", "ousted", "fired", "dismissed", "removed", "sacked", "deposed",
	"toppled", "unseated", "forced")

// servedVerbs after had make a post past: "had been", "had led".
var servedVerbs = set("been", "served", "led", "run", "headed", "chaired", "founded", "held")

// successionVerbs take the predecessor as object: "succeeds Y", "replacing
// Y", "took over from Y".
var successionVerbs = set("succeeds", "succeeded", "succeeding", "succeed", "replaces", "replaced", "replacing",
	"replace", "ousted", "ousting", "oust", "ousts", "unseated", "toppled", "deposed", "removed", "removing", "remove",
	"removes", "fired", "firing", "fires", "fire", "dismissed", "dismissing", "dismisses", "dismiss", "sacked", "sacking",
	"sacks", "sack")

// decidedVerbs before "to" and a succession verb say the change was made:
// "voted to remove Y", "decided to replace Y" (against "plans to replace
// Y": not yet).
var decidedVerbs = set("voted", "decided", "agreed", "moved", "chose", "elected")

// futureTime words place a present-tense change in the future: "takes over
// next month", "joins tomorrow".
var futureTime = set("next", "tomorrow", "coming", "upcoming")

// clauseBreaks end the stretch of words that can bear on a role: a new
// clause or speech verb.
var clauseBreaks = set(",", ";", ":", "and", "but", "whose", "while", "although", "because", "when", "after",
	"before", "said", "says", "told", "added", "whom", "(", ")", "—", "–")

// takeWords and stepWords open the phrasal verbs "take over", "step
// down", "step in".
var (
	takeWords = set("take", "takes", "took", "taking", "taken")
	stepWords = set("step", "steps", "stepped", "stepping")
)

// presentTense succession verbs state a change as news ("X succeeds Y"),
// which a future time word moves ahead ("takes over from Y next month").
var presentTense = set("succeeds", "replaces", "takes")

// currentMarks say the post is held now, over an earlier mark of the past:
// "a former banker who is now chief executive".
var currentMarks = set("now", "currently", "still", "presently")

// relatives open a clause about the noun before them: the words that bear
// on a role after "X, a former banker who is now" start at "who".
var relatives = set("who", "which", "that")

// deathVerbs, said of a person as subject, make all that person's posts
// past: "X died on Monday", "X, 87, dies". deathStates do so after a
// form of be: "X was killed", "X is dead".
var (
	deathVerbs  = set("died", "dies")
	deathStates = set("killed", "dead", "murdered", "assassinated")
	beForms     = set("is", "was", "were", "been", "has", "have", "had", "be")
)

// presentLinks between a holder and a title put the post in the present,
// which a range of years after it does not end ("is chairman from …").
// rangeTo join the two years of a closed range ("from 1990 to 2004").
var (
	presentLinks = set("is", "are", "has", "have", "'s", "remains", "serves")
	rangeTo      = set("to", "until", "till", "through", "-", "–")
)

// pastUntil after "until" right after an appositive post put its end in
// the past: "X, chief executive until last year,", "until recently".
var pastUntil = set("last", "recently", "earlier")
