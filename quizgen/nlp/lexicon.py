"""Word lists the span typer relies on: cue words, roles, months, places, given names.

These are the project's own lists, kept small and general (not tuned to any article).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in text.replace("\n", ",").split(",") if w.strip())


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = _words("monday, tuesday, wednesday, thursday, friday, saturday, sunday")
ERAS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."})
"""Era marks after a year or a century ("the 2nd century BCE", "1200 AD"): no names."""

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip

HONORIFICS = _words(
    "mr, mr., mrs, mrs., ms, ms., dr, dr., prof, prof., sir, dame, lord, lady, madam, "
    "mister, saint, st., rev., reverend, father, sister, brother"
)
ROLE_TITLES = _words(
    """
    president, vice, premier, prime, minister, chancellor, secretary, senator, governor,
    mayor, king, queen, prince, princess, emperor, empress, pope, pharaoh, sultan, khedive,
    pasha, tsar, czar, general, admiral, colonel, captain, commander, lieutenant, major,
    sergeant, professor, doctor, chairman, chairwoman, chair, director, chief, ceo,
    ambassador, judge, justice, bishop, archbishop, cardinal, rabbi, imam, sheikh, duke,
    duchess, earl, count, countess, baron, lord, lady, astronaut, commissioner, deputy,
    envoy, inspector, officer, editor, journalist, reporter, founder, engineer, scientist,
    author, co-author, coauthor, researcher,
    spokesman, spokeswoman, spokesperson, chemist, physicist, biologist, crystallographer,
    mathematician, economist, historian, researcher, author, architect, explorer, pilot,
    inventor, astronomer, geologist, physician, surgeon, nurse, lawyer, diplomat, writer,
    poet, painter, artist, composer, philosopher, student, teacher, lecturer, analyst,
    biochemist, geneticist, naturalist, entrepreneur, banker, investor, manager, leader,
    head, member, expert, official, academician, fellow, colleague, assistant, partner,
    wife, husband, son, daughter, mother, father, brother, sister, widow, heir
    """
)
ROLE_NOUNS = _words(
    """
    nephew, niece, uncle, aunt, cousin, grandson, granddaughter, grandfather, grandmother,
    nobleman, monk, abbot, priest, clergyman, theologian, adventurer, mercenary,
    quarterback, linebacker, cornerback, teammate, goalkeeper, midfielder, actor, actress,
    musician, announcer, commentator, zoologist, botanist, epidemiologist, statistician,
    technician, pharmacist, apothecary, alchemist, novelist, playwright, sculptor,
    photographer, singer, noble, knight, receiver, kicker, punter, coach, player, pitcher,
    striker, broadcaster
    """
)
"""Words for people that, written in lower case right before a name, say it is one
("linebacker Von Miller", "his nephew Tancred"); unlike the titles, no part of a
capitalised name ("The Singer Company", "Knight Ridder")."""
PEOPLE_NOUNS = (
    (
        ROLE_TITLES
        - _words(
            "head, count, chair, prime, justice, major, general, member, vice, fellow, partner"
        )
    )
    | (
        ROLE_NOUNS
        - _words("noble, knight, receiver, kicker, punter, coach, player, pitcher, striker")
        - _words("broadcaster")
    )
    | _words(
        """
    client, clients, owner, owners, contractor, contractors, customer, customers, worker,
    workers, designer, designers, builder, builders, user, users, employer, employers,
    employee, employees, pharmacist, pharmacists, patient, patients, farmer, farmers,
    settler, settlers, people, person
    """
    )
)
"""Nouns for people: an answer that is one is asked with Who (not the titles that are
also words for things: "head", "count", "chair")."""

SPEECH_VERBS = _words(
    """
    said, says, say, told, tells, stated, states, added, adds, emphasized, emphasised,
    noted, notes, explained, explains, argued, argues, wrote, writes, recalled, recalls,
    commented, comments, remarked, insisted, warned, claimed, believed, suggested,
    admitted, acknowledged, concluded, declared, asked, replied, urged, proposed
    """
)
PERSON_VERBS = _words(
    """
    married, marries, divorced, died, dies, abdicated, knighted, crowned, baptised,
    baptized, surrendered, fled, resigned
    """
)
"""Verbs only a person is the subject of: a name before one is a person's, asked with Who."""
ORG_CUES = _words(
    """
    university, institute, institution, center, centre, company, corporation, corp, corp.,
    inc, inc., ltd, ltd., llc, plc, co., agency, administration, ministry, department,
    association, society, council, committee, commission, foundation, laboratory,
    laboratories, lab, labs, bank, party, army, navy, force, forces, team, group, college,
    school, academy, museum, hospital, court, congress, parliament, senate, office, bureau,
    organization, organisation, federation, corps, press, times, news, post, journal,
    magazine, gazette, daily, herald, tribune, network, studios, airlines, airways,
    railway, railways, industries, holdings, technologies, systems, motors, energy,
    authority, service, services, board, union, league, club, fund, trust, cabinet,
    government, assembly, alliance, coalition, church, order, guild, observatory
    """
)
PLACE_CUES = _words(
    """
    river, sea, ocean, lake, lakes, mount, mountain, mountains, mt., island, islands, isle,
    bay, gulf, strait, straits, canal, desert, valley, peninsula, province, county, city,
    state, kingdom, republic, empire, street, avenue, road, square, harbour, harbor, port,
    cape, coast, plain, plains, plateau, basin, falls, forest, park, region, district,
    territory, capital, village, town, continent, channel, delta, reef, glacier, volcano,
    stadium, arena, airport, station, bridge, tower, cathedral, palace, castle, temple
    """
)
COUNTRIES = _words(
    """
    afghanistan, albania, algeria, argentina, armenia, australia, austria, azerbaijan,
    bangladesh, belarus, belgium, bolivia, bosnia, brazil, bulgaria, cambodia, cameroon,
    canada, chile, china, colombia, congo, croatia, cuba, cyprus, czechia, denmark, ecuador,
    egypt, england, estonia, ethiopia, finland, france, georgia, germany, ghana, greece,
    guatemala, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland,
    israel, italy, jamaica, japan, jordan, kazakhstan, kenya, korea, kuwait, laos, latvia,
    lebanon, libya, lithuania, luxembourg, madagascar, malaysia, mali, malta, mexico,
    mongolia, morocco, mozambique, myanmar, namibia, nepal, netherlands, nigeria, norway,
    oman, pakistan, panama, paraguay, peru, philippines, poland, portugal, qatar, romania,
    russia, rwanda, scotland, senegal, serbia, singapore, slovakia, slovenia, somalia,
    spain, sudan, sweden, switzerland, syria, taiwan, tanzania, thailand, tunisia, turkey,
    uganda, ukraine, uruguay, uzbekistan, venezuela, vietnam, wales, yemen, zambia,
    zimbabwe, britain, prussia, persia
    """
) | _words("united states, united kingdom, great britain, soviet union, south africa")
CONTINENTS = _words(
    """
    africa, asia, europe, antarctica, america, oceania, north america, south america,
    central america, latin america, north africa, east africa, west africa, southern africa,
    western europe, eastern europe, southeast asia, east asia, central asia, middle east
    """
)
"""Countries, and continents or world regions: a place of one of these levels is no fair
wrong option beside a place of another ("Italy" may well contain the answer "Palermo")."""
PLACE_NAMES = (
    COUNTRIES
    | CONTINENTS
    | _words(
        """
    arctic, antarctic, ottoman, mesopotamia, byzantium, sparta, athens, rome, london, paris,
    berlin, madrid, moscow, beijing, shanghai, tokyo, delhi, mumbai, cairo, istanbul,
    constantinople, vienna, prague, warsaw, budapest, lisbon, dublin, edinburgh, amsterdam,
    brussels, geneva, zurich, stockholm, oslo, copenhagen, helsinki, athens, jerusalem,
    baghdad, tehran, karachi, dhaka, bangkok, hanoi, jakarta, manila, seoul, sydney,
    melbourne, toronto, montreal, vancouver, chicago, boston, houston, washington,
    philadelphia, seattle, miami, atlanta, detroit, alexandria, suez, ismailia, shenzhen,
    hangzhou, guangzhou, nanjing, wuhan, chengdu, hong kong, macau, cambridge, oxford,
    manchester, liverpool, birmingham, florida, california, texas, alabama, virginia, york,
    jersey, ohio, michigan, nevada, arizona, hawaii, alaska, pasadena, huntsville, nile,
    amazon, thames, danube, rhine, mediterranean, atlantic, pacific, himalayas, alps
    """
    )
)
FEMALE_NAMES = _words(
    """
    marie, rosalind, mary, patricia, jennifer, linda, elizabeth, barbara, susan, jessica,
    sarah, karen, nancy, lisa, betty, margaret, sandra, ashley, dorothy, kimberly, emily,
    donna, michelle, carol, amanda, melissa, deborah, stephanie, rebecca, laura, sharon,
    cynthia, kathleen, amy, shirley, angela, helen, anna, brenda, pamela, nicole, emma,
    samantha, katherine, christine, debra, rachel, catherine, carolyn, janet, ruth, maria,
    heather, diane, virginia, julie, joyce, victoria, olivia, kelly, christina, lauren, joan,
    evelyn, judith, megan, cheryl, andrea, hannah, martha, jacqueline, frances, gloria, ann,
    teresa, kathryn, sara, janice, alice, madison, doris, abigail, julia, judy, grace,
    denise, amber, marilyn, beverly, danielle, theresa, sophia, diana, florence, ada, jane,
    charlotte, eleanor, eugenie, josephine, indira, golda, valentina, sally, mae, fei-fei
    """
)
"""Given names that are (almost always) women's, to keep swaps within one gender."""
MALE_NAMES = _words(
    """
    james, john, robert, michael, william, david, richard, joseph, thomas, charles,
    christopher, daniel, matthew, anthony, mark, donald, steven, paul, andrew, joshua,
    kenneth, kevin, brian, george, edward, ronald, timothy, jason, jeffrey, ryan, jacob,
    gary, nicholas, eric, jonathan, stephen, larry, justin, scott, brandon, benjamin,
    samuel, gregory, frank, alexander, raymond, patrick, jack, dennis, jerry, tyler, aaron,
    henry, peter, adam, douglas, harold, arthur, walter, albert, louis, francis, neil,
    edwin, buzz, alan, yuri, wernher, lyndon, dwight, franklin, theodore, winston, isaac,
    galileo, niels, ernest, erwin, max, pierre, maurice, linus, oswald, gregor, alfred,
    ferdinand, sigmund, ludwig, wolfgang, johann, karl, otto, friedrich, heinrich, hans,
    jean, jacques, claude, napoleon, leonardo, jensen, elon, bill, steve, sam, jeff,
    sergey, tim, satya, sundar, demis, geoffrey, yann, yoshua, ilya, greg, dario
    """
)
"""Given names that are (almost always) men's."""
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
"""Common given names: a run of capitalised words starting with one is a person."""
GENERIC_NOUNS = _words(
    """
    thing, things, way, ways, lot, lots, part, parts, kind, kinds, type, types, sort, number,
    numbers, amount, time, times, year, years, day, days, people, person, someone, something,
    anything, everything, nothing, one, ones, other, others, example, examples, fact, facts,
    case, cases, point, points, side, sides, area, areas, matter, place, end, beginning,
    result, results, field, fields, aspect, aspects, level, levels, form, forms, stage,
    stages, perspective, terms, term, instance, hand, addition, course, view, basis, use,
    step, steps, process, question, questions, issue, issues, problem, problems, idea, ideas,
    reason, reasons, manner, extent, degree, order, rest, top, bottom, front, back, while,
    moment, first, second, third, latter, former, others, group, groups, set, series,
    development, developments, progress, research, industry, industries, success, innovation,
    application, applications, advantage, advantages, future, support, work, study, studies,
    system, systems, information, power, role, roles, change, changes, growth, policy,
    policies, model, models, data, method, methods, approach, approaches, technology,
    technologies, paper, papers, report, reports, details, detail, world, public, field,
    evidence, effect, effects, impact, help, interest, need, needs, attention, value,
    values, quality, practice, practices, history, story, news, life, lives, state, states,
    plan, plans, project, projects, effort, efforts, work, works, thought, sense, look,
    team, teams, company, companies, government, country, countries, member, members,
    concern, concerns, shift, trust, momentum, foundation, platform, basis, scale, range,
    decade, decades, century, centuries, week, weeks, month, months, hour, hours, minute,
    minutes, afterwards, today, period, periods, era, age, ages, scientists, experts
    """
)
PRONOUNS = _words(
    "it, this, that, they, these, those, he, she, him, her, his, hers, its, their, them, "
    "we, us, our, i, me, my, you, your, which, who, whom, whose, such"
)

DEMONYMS = {
    "scotland": "scottish",
    "france": "french",
    "wales": "welsh",
    "netherlands": "dutch",
    "holland": "dutch",
    "spain": "spanish",
    "denmark": "danish",
    "finland": "finnish",
    "poland": "polish",
    "ireland": "irish",
    "switzerland": "swiss",
    "england": "english",
    "britain": "british",
    "china": "chinese",
    "italy": "italian",
    "greece": "greek",
    "sweden": "swedish",
    "norway": "norwegian",
    "turkey": "turkish",
    "asia": "asian",
    "arabia": "arab",
    "rome": "roman",
    "peru": "peruvian",
}
"""Places whose adjective a prompt could give them away by, where the two differ in their
first five letters ("Scottish" for Scotland; "Egyptian" shares "Egypt" and is caught as a
stem)."""
