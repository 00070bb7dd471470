package race

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The real race sheet in fixtures/ is data computed from official precinct
// results; this test is its generator's proof: it recomputes every figure
// from the results and compares.
const (
	fixtureSheet = "../fixtures/ga06-2017/race.yaml"
	corpusDir    = "../../shared/corpus/elections-ga"
)

// tally is what precinct rows add up to in one contest.
type tally struct {
	votes               map[string]int // by the sheet's candidate name
	ballots, registered int
	rows                int
}

// Precinct files follow OpenElections: one row per precinct, office and
// candidate, plus a county total row ("TOTAL" or "Total") that repeats the
// sum and must not be counted again; the "Voters" office carries the
// registered voters and ballots cast.
func readPrecincts(t *testing.T, s *Sheet, r *Result) tally {
	t.Helper()
	pattern := filepath.Join(corpusDir, strings.ReplaceAll(r.Date, "-", "")+"__*__precinct.csv")
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Skipf("no precinct results at %s", pattern)
	}
	all := tally{votes: map[string]int{}}
	for _, f := range files {
		precincts, county := tally{votes: map[string]int{}}, tally{votes: map[string]int{}}
		for _, row := range readCSV(t, f) {
			into := &precincts
			if strings.EqualFold(row["precinct"], "total") {
				into = &county
			}
			n, err := strconv.Atoi(row["votes"])
			if err != nil {
				t.Fatalf("%s: votes %q: %v", f, row["votes"], err)
			}
			switch {
			case row["office"] == "Voters" && row["candidate"] == "Registered":
				into.registered += n
			case row["office"] == "Voters" && row["candidate"] == "Ballots Cast":
				into.ballots += n
			case row["office"] == s.Office:
				c := s.Candidate(row["candidate"])
				if c == nil {
					t.Fatalf("%s: candidate %q is not on the sheet", f, row["candidate"])
				}
				into.votes[c.Name] += n
			}
			into.rows++
		}
		if county.rows == 0 {
			t.Fatalf("%s: no county total row", f)
		}
		if county.ballots != precincts.ballots || county.registered != precincts.registered || !sameVotes(county.votes, precincts.votes) {
			t.Errorf("%s: precincts add up to %+v, the county row says %+v", f, precincts, county)
		}
		for name, v := range precincts.votes {
			all.votes[name] += v
		}
		all.ballots += precincts.ballots
		all.registered += precincts.registered
	}
	return all
}

func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: %v", path, err)
	}
	var out []map[string]string
	for _, row := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			if i < len(row) {
				m[h] = row[i]
			}
		}
		out = append(out, m)
	}
	return out
}

func sameVotes(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// published reads the shares the ground truth beside the precinct files
// publishes for the whole district, by candidate.
func published(t *testing.T, s *Sheet) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	for _, row := range readCSV(t, filepath.Join(corpusDir, "ga6_ground_truth.csv")) {
		name, ok := strings.CutSuffix(row["measure"], " share")
		if row["scope"] != "district" || !ok {
			continue
		}
		name, _, _ = strings.Cut(name, " (")
		if c := s.Candidate(name); c != nil {
			v, err := strconv.ParseFloat(row["value"], 64)
			if err != nil {
				t.Fatalf("ground truth %q: %v", row["value"], err)
			}
			out[c.Name] = v
		}
	}
	return out
}

func TestFixtureSheetMatchesPrecinctResults(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("the elections corpus is not beside the project")
	}
	s, err := Load(fixtureSheet)
	if err != nil {
		t.Fatal(err)
	}
	pub := published(t, s)
	if len(pub) == 0 {
		t.Fatal("the ground truth publishes no district shares")
	}
	for i := range s.Results {
		r := &s.Results[i]
		got := readPrecincts(t, s, r)
		if !sameVotes(got.votes, r.Votes) {
			t.Errorf("%s: precincts give %v, the sheet %v", r.Name(), got.votes, r.Votes)
		}
		total := 0
		for _, v := range got.votes {
			total += v
		}
		for name, v := range got.votes {
			share := 100 * float64(v) / float64(total)
			if rg, ok := r.Share(name); !ok || share < rg.Low || share > rg.High {
				t.Errorf("%s: %s's share computes to %.4f%%, the sheet prints %v", r.Name(), name, share, r.Shares[name])
			}
			if p, ok := pub[name]; !ok || math.Abs(share-p) > 0.005 {
				t.Errorf("%s: %s's share computes to %.4f%%, published %v", r.Name(), name, share, p)
			}
		}
		turnout := 100 * float64(got.ballots) / float64(got.registered)
		if rg, ok := r.TurnoutRange(); !ok || turnout < rg.Low || turnout > rg.High {
			t.Errorf("%s: turnout computes to %.4f%%, the sheet allows %+v", r.Name(), turnout, rg)
		}
	}
}
