package names

import (
	"strings"

	"factdiff/claims/ascii"
)

// wordClass says which of the word lists below a word is on.
type wordClass uint16

const (
	function wordClass = 1 << iota
	calendar
	place
	commonCap
	title
	descriptor
	orgHead
	knownOrg
	notOrgAcronym
	particle
	suffix
	abbreviation
	partyStart // the first word of one of partyNames
)

// lexicon holds every word of the lists below with the lists it is on, so
// that deciding what a capitalised run is costs one look-up a word rather
// than one a list.
var lexicon = func() map[string]wordClass {
	m := map[string]wordClass{}
	for c, words := range map[wordClass]string{
		function: functionWords, calendar: calendarWords, place: placeWords, commonCap: commonCaps,
		title: titleWords, descriptor: lowerTitles, orgHead: orgHeads, knownOrg: knownOrgs,
		notOrgAcronym: acronymNonOrgs, particle: particles, suffix: suffixes, abbreviation: abbreviations,
	} {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	for name := range partyNames {
		first, _, _ := strings.Cut(name, " ")
		m[first] |= partyStart
	}
	return m
}()

// is reports whether w is on any of the lists of c.
func is(w string, c wordClass) bool { return classOf(w)&c != 0 }

// classOf returns the lists w is on. Most words asked about are names on
// none of them, which their shape rules out without hashing them.
func classOf(w string) wordClass {
	if !lexiconShapes.MayHave(w) {
		return 0
	}
	return lexicon[w]
}

var lexiconShapes = func() (s ascii.Shapes) {
	for w := range lexicon {
		s.Add(w)
	}
	return s
}()

// functionWords are capitalised only because they open a sentence or a
// headline; they never belong to a name and split a capitalised run.
const functionWords = `A An And Are As At Be But By Can Could Did Do Does During For From Had Has Have
He Her Here Hers His How I If In Into Is It Its Just Let Like May Me Might My No Nor Not Now Of On Once
Only Or Our Over She Should So Some Such Than That The Their Them Then There These They This Those Though
Through Thus To Too Under Unless Until Up Upon Us Was We Were What Whatever When Where Whether Which While
Who Whom Whose Why Will With Within Without Would Yet You Your Also Although After Again Against Ago All
Almost Already Among Another Any Anyone Anything Around Because Before Behind Being Below Beside Besides
Between Beyond Both Despite Down Each Either Else Even Ever Every Everyone Everything Few First Further
However Instead Last Later Less Many Meanwhile Moreover More Most Much Neither Never Nevertheless Next
Nobody None Nonetheless Nothing Often Other Others Otherwise Perhaps Rather Same Several Since Still
Sometimes Soon Today Tomorrow Tonight Yesterday Together Toward Towards Very Well Yes Indeed Asked Said
Says Told According Unlike Including Following Regardless Whereas Why Amid Via Per Whenever Wherever
Where's What's It's That's There's He's She's They're We're I'm I've I'd I'll Don't Doesn't Didn't Can't
Won't Isn't Wasn't Aren't Let's Oh Ah Okay OK Hey Hi Please Thank Thanks Sure Note Update Updated Read
Watch See Click Sign Share Photo Video Related Advertisement Image Getty Dear Stated Continued Added
Wrote Explained Noted Tweeted Recalled Replied Responded Argued Insisted Declared Warned Concluded Echoed
Countered Asks Adds Writes Tweets Notes Explains Argues Continues Recalls Replies Responds Insists
Quipped Joked Complained Conceded Admitted Acknowledged Urged Promised Vowed Boasted Claimed Observed
Remarked Announced Predicted Suggested Saying Telling Adding Writing Noting Asking Speaking Talking
Describing Calling Referring`

// calendarWords name times, not people.
const calendarWords = `January February March April May June July August September October November
December Jan. Feb. Mar. Apr. Aug. Sept Sept. Sep. Oct. Nov. Dec. Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Thanksgiving Halloween
Ramadan Hanukkah Passover Spring Summer Fall Autumn Winter Day Night Morning Evening Eve Week Weekend
Year Years Decade Century Super Tuesday`

// placeWords are places: whole-name matches drop a run, and a run made only of
// place words is dropped too.
const placeWords = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York Carolina
Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Island Tennessee Texas Utah Vermont Virginia Washington
Wisconsin Wyoming America Americas U.S. U.S US USA U.S.A. U.K. UK Britain England Scotland Wales Ireland
Canada China Japan Russia India Pakistan Afghanistan Iraq Iran Syria Israel Palestine Egypt Libya Turkey
Germany France Italy Spain Greece Europe Asia Africa Australia Korea Cuba Venezuela Brazil Argentina
Ukraine Yemen Saudi Arabia Jordan Lebanon Qatar Kuwait Nigeria Kenya Vietnam Taiwan Philippines
Indonesia Belgium Netherlands Sweden Norway Denmark Poland Switzerland Austria Hungary Portugal Chile
Colombia Peru Haiti Honduras Guatemala Beijing Moscow London Paris Berlin Tokyo Baghdad Tehran Damascus
Jerusalem Kabul Brussels Chicago Boston Houston Dallas Atlanta Miami Philadelphia Detroit Cleveland
Denver Seattle Phoenix Angeles Francisco Diego Vegas Orleans Baltimore Pittsburgh Milwaukee Manhattan
Brooklyn Bronx Queens Harlem Charleston Charlotte Columbus Cincinnati Orlando Tampa Nashville Memphis
Louisville Richmond Sacramento Portland Minneapolis Omaha Albany Buffalo Des Moines Concord Manchester
Raleigh Austin Tallahassee Springfield Annapolis Havana Mosul Aleppo Raqqa Gaza Benghazi Tripoli
Kiev Crimea Syracuse Casper Reno Tucson Anchorage Honolulu Newark Hartford Providence New North South
East West Central Northern Southern Eastern Western Midwest Northeast Southeast Southwest Northwest
Capitol Hill Valley Beach Bay County City Town Village State States United Kingdom Republic Union
Street Avenue Road Square Park River Lake Mountain Mountains Coast Gulf Sea Ocean Island Islands
Sahara Mediterranean Pacific Atlantic Appalachia Silicon Wall Main Broadway Hollywood Pentagon Kremlin
Iowan Sioux Falls Rapids Alto Mesa Monica`

// demonyms and other capitalised common nouns that are never a person alone.
const commonCaps = `American Americans Mexican Mexicans Muslim Muslims Islam Islamic Christian
Christians Christianity Jewish Jew Jews Catholic Catholics Protestant Evangelical Evangelicals Hispanic
Hispanics Latino Latinos Latina Latinas Black Blacks White Whites Asian Asians African Africans European
Europeans Chinese Russian Russians Japanese Korean Koreans Iranian Iranians Iraqi Iraqis Syrian Syrians
Israeli Israelis Palestinian Palestinians Arab Arabs British Brit Brits French German Germans Italian
Italians Spanish Canadian Canadians Indian Indians Pakistani Afghan Afghans Saudi Saudis Cuban Cubans
Turkish Kurdish Kurds Egyptian Libyan Ukrainian Polish Irish Scottish Australian Western Southern
Northern Eastern English Sunni Shiite Shia Mormon Mormons Baptist Methodist Buddhist Hindu Sikh
Californian Californians Texan Texans Iowans Floridians Virginians Ohioans New Yorkers Midwestern
God Lord Jesus Christ Bible Koran Quran Allah Internet Web Twitter Facebook Instagram YouTube Google
Obamacare Medicare Medicaid Social Security Constitution Amendment Act Bill Law Code Article Section
Chapter Title Rule Amendment Amendments Democrat Democrats Democratic Republican Republicans GOP
Libertarian Libertarians Independent Independents Green Greens Tea Party Conservative Conservatives
Liberal Liberals Progressive Progressives Socialist Socialists Communist Communists Nazi Nazis
President Presidents Presidential Senator Senators Governor Governors Congressman Congresswoman
Representative Representatives Mayor Judge Justice Secretary Speaker Leader Chairman General Sir Madam
Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Miss Sen. Rep. Gov. Gen. Lt. Col. Sgt. Capt. Adm. Maj. Rev. Prof. St.
Jr. Sr. Jr Sr II III IV Inc. Corp. Co. Ltd. LLC Esq. Ph.D. M.D. CEO CFO COO Chief Executive Officer
Election Elections Campaign Debate Debates Primary Primaries Caucus Caucuses Convention Conventions
Poll Polls Survey Vote Votes War Wars Revolution Revolutionary Civil Cold World Great Depression
Recession Army Navy Marines Air Force Forces Guard Coast Guard Police Fire Department Office Service
Court Supreme Federal National International Global Royal Imperial Public Private Inc Corporation
Hall Center Building Tower Towers House Senate Congress Parliament Committee Party Times
Post News Journal Magazine Network Channel Press Radio TV Television Media Report Reports Daily Weekly
Book Books Film Movie Show Series Episode Season Part Chapter Page Pages Edition Issue Issues Volume
Latest Breaking Exclusive Editorial Opinion Analysis Commentary Review Interview Transcript Statement
Full Text Live Update Updates Fact Check Facts Question Questions Answer Answers Q A Q&A Key Points
Top Best Worst Big Biggest Small New Old Young Good Bad Great Real True False Free Fair Open Big
Star Stars Money Tax Taxes Budget Health Care Education Energy Climate Change Immigration Border
Wall Trade Jobs Job Work Economy Economic Business Industry Market Markets Stock Stocks Bank Banks
Nation Nations People Citizens Citizen Voters Voter Members Member Group
Groups Team Teams Family Families Friends Friend Children Child Kids Women Woman Men Man Girls Boys
Mother Father Mom Dad Brother Sister Son Daughter Wife Husband Uncle Aunt Grandma Grandpa Baby
Dems Repubs Brexit ISIS ISIL Taliban Qaeda Hezbollah Hamas Boko Haram`

// titleWords head a name without being part of it ("Sen. Jon Smith",
// "White House Press Secretary Jon Smith", "Former Gov. Jon Smith").
const titleWords = `Mr. Mrs. Ms. Miss Dr. Mr Mrs Ms Dr Sen. Sens. Senator Rep. Reps. Representative
Congressman Congresswoman Gov. Governor Lt. Lieutenant Gov President Vice Vice-President Secretary Speaker
Leader Majority Minority Whip Chairman Chairwoman Chair Chairs Chief Director Judge Justice Mayor
Attorney General Gen. Col. Colonel Sgt. Sergeant Capt. Captain Adm. Admiral Maj. Major Cmdr. Commander
Rev. Reverend Father Pastor Bishop Cardinal Pope Rabbi Imam Sheikh Prof. Professor Former Retired Acting
Deputy Assistant Associate Ambassador Commissioner Superintendent Sheriff Officer Agent Minister Prime
Premier Chancellor King Queen Prince Princess Lord Lady Sir Dame Judge Magistrate Councilman
Councilwoman Councilor Alderman Delegate Assemblyman Assemblywoman State Press Spokesman Spokeswoman
Spokesperson Advocate Manager Adviser Advisor Strategist Pollster Aide Candidate Nominee Presidential Hopeful
Frontrunner Front-runner Founder Co-founder Executive CEO CFO COO Chairman Treasurer Comptroller
Auditor Solicitor Prosecutor Counsel Special Inspector Surgeon First Ex-President Ex- Dean Coach
Sen Rep Gov Gen Col Sgt Capt Adm Maj Rev Prof Pres. Sec. Atty. Supt. Insp. Det. Detective Officer
Trooper Private Corporal Cpl. Pvt. Lt Lieutenant-General Brigadier Brig. Marshal Field Commandant
Chaplain Columnist Editor Reporter Anchor Host Correspondent Analyst Economist Historian Author
Activist Organizer Volunteer Lawyer Attorney Rep.-elect Sen.-elect Gov.-elect President-elect
President-Elect Congressman-elect Mayor-elect Emir Ayatollah Grand Supreme Director-General Envoy
Diplomat Consul Legislator Lawmaker Senate House Defence Defense Homeland Security Foreign Affairs
Interior Treasury Health Labor Commerce Justice Energy Education Transportation Agriculture Veterans
Housing National Intelligence Party Campaign Republican Democratic Democrat GOP Independent
Libertarian Green Conservative Liberal Labour Tory`

// lowerTitles are lower-case descriptors written right before a name
// ("spokesman Jon Smith", "former senator Jon Smith").
const lowerTitles = `spokesman spokeswoman spokesperson senator governor president congressman
congresswoman representative mayor candidate nominee chairman chairwoman director secretary adviser
advisor aide strategist pollster professor analyst reporter columnist economist attorney lawyer manager
strategist consultant host anchor author historian activist organizer sheriff judge justice leader
speaker commissioner ambassador minister officer general colonel sergeant captain founder executive
chief treasurer official operative veteran businessman businesswoman billionaire mogul rival opponent
challenger incumbent lawmaker legislator delegate surrogate supporter backer critic writer editor
publisher producer commentator pundit blogger correspondent scientist researcher expert economist`

// orgHeads end the names of organisations ("Democratic National Committee",
// "National Rifle Association", "Washington Post").
const orgHeads = `Committee Party Campaign PAC Association Associates News Times Post Journal Tribune
Herald Gazette Chronicle Examiner Observer Guardian Telegraph Independent Star Sun Globe Register Inquirer
Dispatch Bee Mail Express Review Monitor Reporter Caller Beast Hill Politico Network Networks
University College Institute Foundation Department Agency Council Commission Court Congress Senate
House Company Inc. Inc Corp. Corp Co. Co Corporation Group Center Centre Fund Bureau Club Union
Administration Service Services Office Caucus Coalition Alliance Project Society Federation Chamber
Board Reserve Bank Magazine Press Radio Channel Report Watch Action Trust Church Army Navy Force Corps
Police Academy School Hospital Authority Ministry Parliament Assembly Legislature Organization
Organisation Movement Forum Lab Labs Industries Holdings Partners LLC Ltd. Media Entertainment
Broadcasting Studios Pictures Records Airlines Motors Systems Technologies Foods Energy Oil Insurance
Capital Securities Investments Exchange Market Markets Commission Institution Conference Council
Secretariat Tribunal Cabinet Guard Marines Command Council Foundation Initiative Coalition Center
Strategies Research Initiative Poll Polling Survey Economist Atlantic Nation Week Weekly Daily Quarterly Online
Wire Today Tonight Hour Show Journalists Network Fed FBI CIA Department Agency Democrats Republicans`

// knownOrgs are organisations named by one word that does not look like one.
const knownOrgs = `Reuters Politico Breitbart Fox Bloomberg Axios BuzzFeed Gallup Quinnipiac
Rasmussen Twitter Facebook Google Apple Amazon Microsoft YouTube Instagram Hamas Hezbollah Taliban
ISIS ISIL Wikileaks WikiLeaks Vox Slate Salon Mediaite Newsweek Time Forbes Fortune Gawker Univision
Telemundo Marist Monmouth Pew SurveyUSA Ipsos Zogby YouGov Morning Consult Planned
Parenthood Pentagon Kremlin Congress Senate Walmart Exxon ExxonMobil Boeing Pfizer
Citigroup Verizon Comcast Disney Netflix Uber Tesla Chrysler Nabisco Carrier Macy's NASCAR NFL NBA
MLB Vatican Interpol Greenpeace Medium Reddit Snapchat Yahoo AOL Huffington HuffPost Drudge Infowars`

// acronymNonOrgs are all-capital words that are not organisations.
const acronymNonOrgs = `I II III IV V VI VII VIII IX X XI XII OK US USA U.S. U.S.A. UK U.K. TV AM PM A.M. P.M.
CEO CFO COO DC D.C. NY N.Y. LA L.A. ID PS PPS OMG LOL BREAKING UPDATE WATCH READ EXCLUSIVE NOTE UPDATED
AND THE OF TO IN FOR ON AT BY WITH FROM IS IT A AN AS OR BE WE HE SHE THEY YOU NOT NO YES GDP ACA IQ
DNA AIDS HIV COVID ET PT EST EDT PST CST Q A Q&A LGBT LGBTQ MD PhD JD AR-15 AK-47 ISIS ISIL`

// partyNames are how the parties are named as groups.
var partyNames = map[string]string{
	"Democrats": "Democratic", "Democratic Party": "Democratic", "Dems": "Democratic",
	"Republicans": "Republican", "Republican Party": "Republican", "GOP": "Republican",
	"Libertarians": "Libertarian", "Libertarian Party": "Libertarian", "Green Party": "Green",
	"Greens": "Green",
}

// partyOf maps a party adjective or noun written before a name to the party.
var partyOf = map[string]string{
	"Democrat": "Democratic", "Democratic": "Democratic", "Republican": "Republican", "GOP": "Republican",
	"Independent": "Independent", "Libertarian": "Libertarian", "Green": "Green",
}

// partyLetters decodes "(D-Ga.)"-style affiliations.
var partyLetters = map[byte]string{'D': "Democratic", 'R': "Republican", 'I': "Independent", 'L': "Libertarian"}

// particles join name parts without being capitalised ("de Blasio", "van Hollen").
const particles = `de del della der di da van von la le du bin al dos das ter ten`

// suffixes close a person's name ("Jr.", "III").
const suffixes = `Jr. Sr. Jr Sr II III IV`

// abbreviations keep their period inside the token.
const abbreviations = `Mr Mrs Ms Dr Sen Sens Rep Reps Gov Lt Gen Col Sgt Capt Adm Maj Cmdr Rev Prof St Jr
Sr Inc Corp Co Ltd Atty Supt Insp Det Pres Sec Brig Cpl Pvt Gov Ft Mt No vs Jan Feb Mar Apr Aug Sept Sep
Oct Nov Dec Esq Ph`
