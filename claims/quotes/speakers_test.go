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
		{"the president names the one person with that title",
			"President Barack Obama unveiled the proposals on Wednesday, flanked by Vice President Joe Biden.\n\nThe cost of the package would be roughly $500 million.\n\n\"I intend to use whatever weight this office holds to make them a reality,\" said the president, speaking about his recommendations. \"If there's even one life that can be saved, then we've got an obligation to try.\"",
			[]wantQuote{{"I intend to use whatever weight this office holds to make them a reality,", "Barack Obama"}, {"If there's even one life that can be saved, then we've got an obligation to try.", "Barack Obama"}}},
		{"the vice president is not the president",
			"Vice President Joe Biden spoke first.\n\n\"We will not wait for Congress to act on this,\" the president said.",
			[]wantQuote{{"We will not wait for Congress to act on this,", ""}}},
		{"two people of the title leave the president unknown",
			"President Trump reversed a ban made under President Obama.\n\n\"This decision was a mistake from the very start,\" the president said.",
			[]wantQuote{{"This decision was a mistake from the very start,", ""}}},
		{"a description stands for the subject before it",
			"It came on the day the top Republican on the House Foreign Affairs Committee called for a reversal.\n\nCalifornia Rep. Ed Royce on Friday questioned the action, citing the upheaval in Zimbabwe.\n\n\"The administration should withdraw this decision until Zimbabwe stabilizes,\" the committee chairman said in a statement.",
			[]wantQuote{{"The administration should withdraw this decision until Zimbabwe stabilizes,", "Ed Royce"}}},
		{"a description of another office stays unknown",
			"Sen. Ted Cruz questioned the action on Friday.\n\n\"The administration should withdraw this decision right now,\" the governor said.",
			[]wantQuote{{"The administration should withdraw this decision right now,", ""}}},
		{"a pronoun stands for the subject the sentences before are about",
			"Rep. Bruce Braley was speaking at a fund-raiser in Texas.\n\nBraley says if elected he would want to serve on the Judiciary Committee. He said Grassley, though, would likely become chairman of that committee.\n\n\"To put this in stark contrast, you may have someone with your background on the committee,\" he said.",
			[]wantQuote{{"To put this in stark contrast, you may have someone with your background on the committee,", "Bruce Braley"}}},
		{"a pronoun after the sentence's subject is named as an object",
			"The debate was held in Iowa.\n\nSen. Bernie Sanders met with his rival, Sen. Ted Cruz, on the debate stage in the evening.\n\n\"This is a rigged system,\" he said.",
			[]wantQuote{{"This is a rigged system,", "Bernie Sanders"}}},
		{"a person named in the pronoun's own sentence leaves it unknown",
			"The hour-long speech drew a large crowd.\n\nMr. Trump said that the president would be blamed for a shutdown. He said Mr. Obama has no doctrine on foreign affairs.\n\nOf Mr. Obama, he said, \"I want him to do well, but this country is going to hell.\"",
			[]wantQuote{{"I want him to do well, but this country is going to hell.", ""}}},
		{"said after a subject does not name who follows",
			"\"I'm only interested in Libya if we get the oil,\" Trump said. He said Obama \"doesn't have a doctrine on foreign affairs.\"",
			[]wantQuote{{"I'm only interested in Libya if we get the oil,", "Trump"}, {"doesn't have a doctrine on foreign affairs.", "Trump"}}},
		{"a possessive opens no subject",
			"The rally was held in a high school gym.\n\nMr. Trump's accusation that Mr. Obama created the group had imperiled the troops, according to a speech.\n\n\"The threat to their life has gone up a couple of clicks,\" he said.",
			[]wantQuote{{"The threat to their life has gone up a couple of clicks,", ""}}},
		{"a sentence ending in an attribution is about its reporter",
			"The rally was held in a high school gym.\n\nMr. Trump's accusation that Mr. Obama created the group had imperiled the troops, Mr. Biden said.\n\n\"The threat to their life has gone up a couple of clicks,\" he said.",
			[]wantQuote{{"The threat to their life has gone up a couple of clicks,", "Biden"}}},
		{"told names the teller, not the outlet",
			"\"We are not going anywhere,\" Nancy Pelosi told CNN on Tuesday.",
			[]wantQuote{{"We are not going anywhere,", "Nancy Pelosi"}}},
	}
	for _, c := range cases {
		var got []wantQuote
		for _, q := range findAll(c.text) {
			got = append(got, wantQuote{q.Text, q.Speaker})
		}
		sameQuotes(t, c.name, got, c.want)
	}
}

// TestCue checks that a participle cue is kept with the speaker it names:
// the rules count only quotations credited with a verb of saying.
func TestCue(t *testing.T) {
	qs := findAll("Trying to quell the furor, Michael Steele issued a statement saying: \"There is no question that America must win the war on terror.\"")
	if len(qs) != 1 || qs[0].Speaker != "Michael Steele" || qs[0].Cue != "saying" {
		t.Fatalf("got %+v, want one quotation of Michael Steele with the cue saying", qs)
	}
}
