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
	es := make(Entities, 0, len(ms)/2)
	byKey := make(map[entityKey]int, len(ms)/2)
	full := map[string][]int{}  // surname -> person entities with a full name
	first := map[string][]int{} // first name -> person entities with a full name
	add := func(key entityKey, m Mention) (int, bool) {
		if i, ok := byKey[key]; ok {
			return i, false
		}
		es = append(es, Entity{Name: m.Name, Kind: m.Kind})
		byKey[key] = len(es) - 1
		return len(es) - 1, true
	}
	entityOf := make([]int, len(ms)) // of each mention, full names first
	for k, m := range ms {
		if m.Kind != Person || !strings.Contains(m.Name, " ") {
			continue
		}
		i, created := add(fullKey(m.Name), m)
		if created {
			full[lastName(m.Name)] = append(full[lastName(m.Name)], i)
			first[firstName(m.Name)] = append(first[firstName(m.Name)], i)
		}
		entityOf[k] = i
	}
	for k, m := range ms {
		var i int
		switch {
		case m.Kind != Person:
			i, _ = add(entityKey{m.Kind, m.Name, ""}, m)
		case strings.Contains(m.Name, " "):
			i = entityOf[k]
		case len(full[m.Name]) == 1:
			i = full[m.Name][0]
		case len(full[m.Name]) == 0 && len(first[m.Name]) == 1:
			i = first[m.Name][0]
		default:
			i, _ = add(entityKey{Person, m.Name, ""}, m)
		}
		entityOf[k] = i
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
	for i := range es {
		es[i].settle()
	}
	return es
}

// entityKey tells entities apart: by kind and name, and a person with a
// full name by first and last word, so "Harry M. Reid" and "Harry Reid" are
// one person.
type entityKey struct {
	kind       Kind
	name, last string
}

func fullKey(name string) entityKey {
	return entityKey{Person, firstName(name), lastName(name)}
}

// settle fills the canonical name, aliases, title and party from the
// mentions: the longest form wins, the first title or party written counts.
func (e *Entity) settle() {
	e.Aliases = make([]string, 0, len(e.Mentions))
	for _, m := range e.Mentions {
		if longer(m.Name, e.Name) {
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
	sort.Strings(e.Aliases)
	e.Aliases = slices.Clip(slices.Compact(e.Aliases))
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
