// Package ascii holds what every reader does to each byte of a text: telling
// letters and digits apart, ruling words out of word lists by their shape,
// and lower-casing. ASCII, most of any English text, is handled by table or
// eight bytes at a time; other runes go to package unicode. Lower-casing
// never moves a byte: readers look words up in lower case but report offsets
// into the text as written.
package ascii

import (
	"encoding/binary"
	"unsafe"
)

// Lower returns s with its ASCII capitals lower-cased, eight bytes at a
// time: whole articles are lower-cased once so that the words of any span
// are then slices of the copy, with nothing allocated per word.
func Lower(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := AppendLower(make([]byte, 0, len(s)), s)
	// b is never written again: the string takes it over instead of
	// copying it, as strings.Builder does.
	return unsafe.String(&b[0], len(b))
}

// AppendLower appends s to dst with its ASCII capitals lower-cased: a reader
// that looks up one short word at a time lower-cases it into a buffer of
// its own rather than allocating a string.
func AppendLower(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	i := 0
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], lower8(binary.LittleEndian.Uint64(b[i:])))
	}
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// lower8 lower-cases the ASCII capitals among the eight bytes of x at once:
// a byte gets 0x20 added where it is at least 'A' and at most 'Z', with its
// high bit clear.
func lower8(x uint64) uint64 {
	const ones = 0x0101010101010101
	low7 := x & (0x7f * ones) // each byte without its high bit, so sums stay in the byte
	atLeastA := low7 + (0x80-'A')*ones
	aboveZ := low7 + (0x80-'Z'-1)*ones
	upper := atLeastA &^ aboveZ &^ x & (0x80 * ones)
	return x | upper>>2
}

// IsLowerWord reports whether w is a word of lower-case ASCII letters only,
// as the word lists of the readers are.
func IsLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
