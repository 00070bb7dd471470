package names

import (
	"strings"

	"factdiff/claims/ascii"
)

// Gender is what a name or title tells about a person: "male", "female" or
// "" when it tells nothing.
func (e Entity) Gender() string {
	if e.Kind != Person {
		return ""
	}
	for _, m := range e.Mentions {
		if g := titleGender(m.Title); g != "" {
			return g
		}
	}
	return firstNameGender[firstName(e.Name)]
}

// titleGender reads the gender from the words of a title, such as "Rep." or
// "former congresswoman". Titles are short, so their words are lower-cased
// in a buffer on the stack rather than copied.
func titleGender(title string) string {
	for w := range strings.FieldsSeq(title) {
		var buf [16]byte
		if g := wordGender(ascii.AppendLower(buf[:0], strings.TrimSuffix(w, "."))); g != "" {
			return g
		}
	}
	return ""
}

func wordGender(w []byte) string {
	switch string(w) {
	case "mr", "congressman", "spokesman", "chairman", "businessman", "father", "king", "prince", "sir", "lord", "assemblyman", "councilman":
		return "male"
	case "mrs", "ms", "miss", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "queen", "princess", "lady", "dame", "madam", "assemblywoman", "councilwoman":
		return "female"
	}
	return ""
}

// firstNameGender covers common English given names; a name that is not
// here tells nothing.
var firstNameGender = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`Aaron Adam Al Alan Albert Alex Alexander Andrew Andy Anthony Antonio Arthur Barack
Ben Benjamin Bernie Bernard Bill Billy Bob Bobby Brad Brian Bruce Bryan Carl Carlos Charles Charlie Chris
Christopher Chuck Clarence Cory Dan Daniel Dave David Dennis Dick Don Donald Doug Douglas Ed Eddie Edward Eric
Frank Fred Gary George Gerald Gordon Greg Gregory Harry Henry Howard Jack Jacob Jake James Jason Jeb Jeff Jeffrey
Jeremy Jerry Jesse Jim Jimmy Joe Joel John Jon Jonathan Jose Joseph Josh Joshua Juan Justin Keith Ken Kenneth Kevin
Larry Lawrence Lee Lindsey Louis Luis Marco Mark Martin Matt Matthew Michael Mike Mitch Mitt Nathan Newt Nick
Nicholas Paul Pete Peter Phil Philip Ralph Rand Randy Ray Reince Richard Rick Rob Robert Roger Ron Ronald Roy Rudy
Russell Ryan Sam Samuel Scott Sean Stephen Steve Steven Ted Terry Thomas Tim Timothy Todd Tom Tony Travis Trey
Vladimir Walter Wayne Will William Willie Xi Jared Corey Reid Joaquin Julian Tim Tad Marty Rahm
Rex Mick Jeff Stephen Sherrod Orrin Elijah Jerrold Adam Kevin Benny Bashar Recep Francois Angela Hosni`) {
		m[w] = "male"
	}
	for _, w := range strings.Fields(`Abigail Alice Alicia Alison Allison Amanda Amy Andrea Angela Ann Anna Anne
Barbara Betty Beth Betsy Brenda Carly Carol Caroline Catherine Cathy Cheryl Christine Cindy Claire Debbie Deborah
Debra Diana Diane Donna Dorothy Elaine Elizabeth Ellen Emily Emma Erin Evelyn Frances Gloria Hannah Heather Heidi
Helen Hillary Huma Ivanka Jackie Jane Janet Janice Jean Jennifer Jessica Jill Joan Joanne Joni Joyce Judith Judy
Julia Julie Karen Kate Katherine Kathleen Kathy Katie Kelly Kim Kimberly Laura Lauren Linda Lisa Lois Loretta
Lori Lynn Madeleine Margaret Maria Marie Marilyn Martha Mary Maxine Megyn Melania Melissa Michele Michelle Mika
Molly Nancy Nicole Nikki Olivia Pamela Patricia Patty Paula Rachel Rebecca Robin Rosa Rose Ruth Sally Samantha
Sandra Sara Sarah Sharon Shirley Sophia Stephanie Susan Susana Suzanne Tammy Teresa Theresa Tina Tulsi Valerie
Victoria Virginia Wendy Zephyr Dianne Kirsten Claire Elise Jeanne Kamala Tammy Marsha Mazie Barbara Debbie Lisa
Shelley Kellyanne Hope Sheryl Sarah Omarosa Katrina Kayleigh Connie Jan Nita Gwen Kristen Ilhan`) {
		m[w] = "female"
	}
	return m
}()
