package names

import (
	"slices"
	"sort"
	"strings"
)

// Entity is one person, party or organisation with every way the text
// names it.
type Entity struct {
	Name     string // canonical: the longest full form ("Jon Smith")
	Kind     Kind
	Party    string
	Title    string
	Aliases  []string // every surface form seen, sorted, deduplicated
	Mentions []Mention
}

// Entities is the grouped cast of one article; other packages ask it which
// entity a surface form or an offset stands for.
type Entities []Entity

// Group gathers mentions into entities. Full names that share first and last
// word are one person; a lone word joins the one full name ending in it (or,
// failing that, the one full name starting with it) and stays apart when
// several would fit, because a wrong merge is worse than a missed one.
func Group(ms []Mention) Entities {
	// Entities are numbered by their first mention before they are made, so
	// that the list is made once at its size.
	firstOf := make([]int, 0, len(ms)/2) // of each entity, its first mention
	byKey := make(map[entityKey]int, len(ms)/2)
	full := map[string]int{}  // surname -> the person entity with a full name ending in it, or several
	first := map[string]int{} // first name -> the person entity with a full name starting with it, or several
	add := func(key entityKey, k int) (int, bool) {
		if i, ok := byKey[key]; ok {
			return i, false
		}
		firstOf = append(firstOf, k)
		byKey[key] = len(firstOf) - 1
		return len(firstOf) - 1, true
	}
	entityOf := make([]int, len(ms)) // of each mention, full names first
	for k, m := range ms {
		if m.Kind != Person || !strings.Contains(m.Name, " ") {
			continue
		}
		given, surname := firstName(m.Name), lastName(m.Name)
		i, created := add(entityKey{Person, given, surname}, k)
		if created {
			nameOnce(full, surname, i)
			nameOnce(first, given, i)
		}
		entityOf[k] = i
	}
	for k, m := range ms {
		switch {
		case m.Kind != Person:
			entityOf[k], _ = add(entityKey{m.Kind, m.Name, ""}, k)
		case strings.Contains(m.Name, " "):
		default:
			i, ok := full[m.Name]
			if !ok {
				i, ok = first[m.Name]
			}
			if !ok || i == several {
				i, _ = add(entityKey{Person, m.Name, ""}, k)
			}
			entityOf[k] = i
		}
	}
	es := make(Entities, len(firstOf))
	for i, k := range firstOf {
		es[i] = Entity{Name: ms[k].Name, Kind: ms[k].Kind}
	}
	// Each entity's mentions are counted before they are copied, so that a
	// much-named one does not grow its list a mention at a time.
	counts := make([]int, len(es))
	for _, i := range entityOf {
		counts[i]++
	}
	all, at := make([]Mention, len(ms)), 0
	for i := range es {
		es[i].Mentions = all[at : at : at+counts[i]]
		at += counts[i]
	}
	for k, m := range ms {
		es[entityOf[k]].Mentions = append(es[entityOf[k]].Mentions, m)
	}
	aliases := make([]string, len(ms))
	for i := range es {
		n := len(es[i].Mentions)
		es[i].settle(aliases[:0:n])
		aliases = aliases[n:]
	}
	return es
}

// several marks a word in Group's indexes that more than one full name
// shares.
const several = -1

// nameOnce notes that entity i has a full name with word w in index, or
// that w is shared when another entity already has it.
func nameOnce(index map[string]int, w string, i int) {
	if _, ok := index[w]; ok {
		index[w] = several
		return
	}
	index[w] = i
}

// entityKey tells entities apart: by kind and name, and a person with a
// full name by first and last word, so "Harry M. Reid" and "Harry Reid" are
// one person.
type entityKey struct {
	kind       Kind
	name, last string
}

// settle fills the canonical name, aliases, title and party from the
// mentions: the longest form wins, the first title or party written counts.
// The aliases are gathered in buf, which has room for one a mention.
func (e *Entity) settle(buf []string) {
	e.Aliases = buf
	for _, m := range e.Mentions {
		if m.Name != e.Name && longer(m.Name, e.Name) { // most mentions repeat the name
			e.Name = m.Name
		}
		e.Aliases = append(e.Aliases, m.Name)
		if e.Title == "" {
			e.Title = m.Title
		}
		if e.Party == "" {
			e.Party = m.Party
		}
	}
	if len(e.Aliases) > 1 {
		sort.Strings(e.Aliases)
		e.Aliases = slices.Clip(slices.Compact(e.Aliases))
	}
}

func longer(a, b string) bool {
	na, nb := strings.Count(a, " "), strings.Count(b, " ")
	if na != nb {
		return na > nb
	}
	return len(a) > len(b)
}

// Lookup returns the index of the entity a surface form names: an exact
// alias first, then, for a lone word, the one entity whose surname it is.
func (es Entities) Lookup(surface string) (int, bool) {
	surface, _ = possessive(strings.TrimSpace(surface))
	for i, e := range es {
		for _, a := range e.Aliases {
			if a == surface {
				return i, true
			}
		}
	}
	found := -1
	for i, e := range es {
		if e.Kind == Person && strings.Contains(e.Name, " ") && lastName(e.Name) == surface {
			if found >= 0 {
				return 0, false
			}
			found = i
		}
	}
	return found, found >= 0
}

// At returns, for every mention of es, its entity index keyed by the
// mention's start offset, so callers can resolve a position in one look-up.
func (es Entities) At() map[int]int {
	n := 0
	for _, e := range es {
		n += len(e.Mentions)
	}
	out := make(map[int]int, n)
	for i, e := range es {
		for _, m := range e.Mentions {
			out[m.Start] = i
		}
	}
	return out
}
