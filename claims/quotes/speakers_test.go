package quotes

import "testing"

// TestSpeakers holds sentence shapes from same-event coverage where the
// speaker was once left empty or credited to the wrong person. An empty
// want means the speaker must stay unknown: a wrong name is worse.
func TestSpeakers(t *testing.T) {
	cases := []struct {
		name, text string
		want       []wantQuote
	}{
		{"pronoun carries the previous quotation's speaker",
			"Speaking at the White House on Friday, Mr. Trump praised law enforcement officials.\n\n\"These terrorizing acts are despicable,\" he said.\n\nHe added: \"We must never allow political violence to take root.\"",
			[]wantQuote{{"These terrorizing acts are despicable,", "Trump"}, {"We must never allow political violence to take root.", "Trump"}}},
		{"possessive owner is not the speaker",
			"Strzok's attorney, meanwhile, blasted the bureau on Monday.\n\nHe added, \"A lengthy investigation failed to produce a shred of evidence.\"",
			[]wantQuote{{"A lengthy investigation failed to produce a shred of evidence.", ""}}},
		{"a statement from an office is no person",
			"President Barack Obama spoke on Friday.\n\n\"The First Amendment protects freedom of religion,\" reads a statement from Senate Majority Leader Harry Reid's office (D-Nev.). \"Senator Reid respects that but thinks that the mosque should be built someplace else.\"",
			[]wantQuote{{"The First Amendment protects freedom of religion,", ""}, {"Senator Reid respects that but thinks that the mosque should be built someplace else.", ""}}},
		{"a report that reads is no person",
			"Hillary Clinton testified on Monday.\n\n\"There have been numerous instances in the past,\" the report read. \"Such discussions are fully consistent with the relevant law.\"",
			[]wantQuote{{"There have been numerous instances in the past,", ""}, {"Such discussions are fully consistent with the relevant law.", ""}}},
		{"the statement said",
			"Rep. Michael Grimm pleaded not guilty.\n\n\"Until then, he will continue to serve his constituents with dedication,\" the statement said.",
			[]wantQuote{{"Until then, he will continue to serve his constituents with dedication,", ""}}},
		{"a response is not the asker's",
			"\"Today\" show host Meredith Vieira asked Trump, \"You've been privy to all of this to know this?\" His response: \"Well, I have people that actually have been studying it.\"",
			[]wantQuote{{"You've been privy to all of this to know this?", "Meredith Vieira"}, {"Well, I have people that actually have been studying it.", ""}}},
		{"issued a statement saying",
			"RNC Chairman Michael Steele spoke in Connecticut.\n\nTrying to quell the furor, Steele issued a statement saying: \"There is no question that America must win the war on terror.\"",
			[]wantQuote{{"There is no question that America must win the war on terror.", "Michael Steele"}}},
		{"saying after a clause",
			"Tom Steyer spoke in Virginia.\n\nSteyer contrasted his business history with Trump's, saying \"I've built a business, and I didn't start it with a million-dollar check from my father.\"",
			[]wantQuote{{"I've built a business, and I didn't start it with a million-dollar check from my father.", "Tom Steyer"}}},
		{"continuation after a pronoun cue",
			"Sen. Tom Harkin is retiring.\n\n\"To put this in stark contrast, you may have someone with your background,\" he said. \"Or, you might have a farmer from Iowa who never went to law school.\"",
			[]wantQuote{{"To put this in stark contrast, you may have someone with your background,", "Tom Harkin"}, {"Or, you might have a farmer from Iowa who never went to law school.", "Tom Harkin"}}},
		{"a clause before the speaker names someone else",
			"Senator Chuck Schumer, the Democratic leader, denounced the offer as \"not a compromise but more hostage taking.\"",
			[]wantQuote{{"not a compromise but more hostage taking.", "Chuck Schumer"}}},
		{"asked names the asker",
			"Sen. Kamala Harris asked Kavanaugh, \"Can you think of any laws that give the government the power to make decisions about the male body?\"",
			[]wantQuote{{"Can you think of any laws that give the government the power to make decisions about the male body?", "Kamala Harris"}}},
		{"a relative clause names its antecedent",
			"\"God help us,\" said Gov. Jerry Brown, who added that \"the richest thing about him is his hypocrisy.\"",
			[]wantQuote{{"God help us,", "Jerry Brown"}, {"the richest thing about him is his hypocrisy.", "Jerry Brown"}}},
		{"a country is no cue",
			"\"I wish I didn't have to do it,\" he said, and jobs are disappearing in the United States, a \"terrible presidency.\"",
			[]wantQuote{{"I wish I didn't have to do it,", ""}}},
		{"told names the teller, not the outlet",
			"\"We are not going anywhere,\" Nancy Pelosi told CNN on Tuesday.",
			[]wantQuote{{"We are not going anywhere,", "Nancy Pelosi"}}},
	}
	for _, c := range cases {
		var got []wantQuote
		for _, q := range findAll(c.text) {
			got = append(got, wantQuote{q.Text, q.Speaker})
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: quote %d = %+v, want %+v", c.name, i, got[i], c.want[i])
			}
		}
	}
}
