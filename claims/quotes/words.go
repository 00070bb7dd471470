package quotes

import "factdiff/claims/ascii"

// cueVerbs attribute speech or writing to their subject.
var cueVerbs = ascii.Set(`said says say saying told tells telling asked asks added adds wrote writes tweeted
tweets emailed posted posts continued continues explained explains argued argues noted notes recalled
recalls insisted insists declared declares stated states replied replies responded responds answered
answers countered counters complained complains warned warns predicted predicts acknowledged
acknowledges admitted admits conceded concedes claimed claims suggested suggests joked jokes quipped
quips observed observes remarked remarks announced announces exclaimed shouted yelled charged charges
concluded concludes boasted boasts vowed vows promised promises pledged pledges urged urges repeated
repeats reiterated reiterates mused muses lamented laments scoffed snapped retorted wondered wonders
thundered offered offers agreed agrees cautioned cautions stressed stresses emphasized emphasizes
maintained maintains contended contends asserted asserts alleged alleges testified testifies confirmed
confirms denied denies proclaimed proclaims recounted recounts reported reports opined interjected
interrupted chimed shot wrote texted messaged blogged read reads reasoned reasons conceded
acknowledged cracked deadpanned sniped fumed raged bragged griped grumbled marveled mused explained
pointed predicted reflected recalled speculated theorized tweeted mocked taunted teased added
responded echoed echoes chided scolded blasted slammed mocked ridiculed praised
hailed lauded cheered bemoaned decried acknowledged summed summarized quoted recounted relayed
elaborated clarified specified disclosed revealed informed advised instructed assured reassured
reminded pleaded begged demanded insisted protested objected pressed challenged questioned queried
interviewed adding telling saying writing noting asking arguing explaining declaring warning insisting
tweeting stating recalling responding replying joking continuing concluding`)

// skippable words sit between a subject and its cue ("Smith later said",
// "Smith has long said").
var skippable = ascii.Set(`also later then once has had have would will could might may did does just
simply again recently previously earlier long often repeatedly quickly flatly bluntly angrily quietly
reportedly privately publicly frequently has since still even never always already initially
subsequently once allegedly apparently famously memorably reportedly went goes on to is was`)

// determiners open a descriptive subject ("the senator said").
var determiners = ascii.Set(`the a an his her their its our my this that another one`)

// titleNouns open a subject with a lower-case title ("spokesman Jon Smith said").
var titleNouns = ascii.Set(`spokesman spokeswoman spokesperson senator governor president congressman
congresswoman representative mayor candidate nominee chairman chairwoman director secretary adviser
advisor aide strategist pollster professor analyst reporter columnist economist attorney lawyer
manager consultant host anchor author historian activist organizer sheriff judge former rep sen gov
campaign press deputy executive chief founder`)

// notNouns follow a name without making it a modifier ("Smith in a
// statement", "Smith of the institute", "Smith who").
var notNouns = ascii.Set(`of and or in on at for with from to by during after before about as who whose
which that when while where since than but nor if because though although until via per into onto
upon over under through between among against without within`)

// personNouns name a person through someone else ("Smith's attorney").
var personNouns = ascii.Set(`attorney attorneys lawyer lawyers spokesman spokeswoman spokesperson aide aides
adviser advisers advisor advisors wife husband son daughter brother sister mother father friend
assistant secretary chief manager office campaign staff representative deputy counsel`)

// pronouns stand for someone named elsewhere.
var pronouns = ascii.Set(`he she his her him they their them`)

// offices are the posts a description names a person by ("the senator
// said"); roles are other descriptions of one person ("the committee
// chairman"), which no title contradicts.
var offices = ascii.Set(`president senator governor representative mayor secretary speaker judge justice
minister chancellor ambassador sheriff`)

var roles = ascii.Set(`chairman chairwoman chair spokesman spokeswoman spokesperson candidate nominee
lawmaker leader director commissioner official`)

// ranks qualify a title: a "Vice President" is not "the president".
var ranks = ascii.Set(`vice deputy assistant associate lieutenant former acting press under ex first`)

// officeSpellings map title abbreviations to the word a description uses.
var officeSpellings = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor",
	"pres": "president", "sec": "secretary", "lt": "lieutenant", "congressman": "representative",
	"congresswoman": "representative"}
