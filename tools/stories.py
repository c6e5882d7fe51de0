"""The made-up news stories behind sample_data/ (all names of outlets and people are invented).

Each story: when (ISO, with the offset of the place), where (dateline), which agency
filed it (wire stories), headline, standfirst, paragraphs, and the sites that ran it.
"""

STORIES = [
    dict(
        slug="venezuela-rations-electricity", when="2015-06-14T09:30:00-04:00", place="CARACAS, Venezuela",
        agency="AP", sites=["harbor", "northfield"],
        headline="Venezuela rations electricity as reservoir levels fall",
        standfirst="A long dry season has left the Guri dam at its lowest level in a decade.",
        paragraphs=[
            "Venezuela will cut power to homes and offices for four hours a day in most states, the electricity ministry said Saturday, as a drought drains the reservoir behind the country's largest hydroelectric dam.",
            "Officials said the rotating blackouts would last at least six weeks. Hospitals, water pumping stations and the Caracas metro are exempt, but shopping centres were told to run their own generators during the evening peak.",
            "Engineers have warned for years that the grid depends too heavily on the Guri dam, which supplies more than half of the country's electricity. Maintenance on thermal plants has been delayed by a shortage of spare parts.",
            "Residents of Maracaibo, where temperatures passed 38 degrees this week, said the schedule published by the ministry did not match the cuts they were living through.",
        ],
    ),
    dict(
        slug="bundestag-mietpreisbremse", when="2016-11-09T23:10:00+01:00", place="Berlin",
        agency="", lang="de", sites=["kurier"],
        headline="Bundestag debattiert über schärfere Mietpreisbremse",
        standfirst="Mieterverbände fordern Nachbesserungen, die Opposition spricht von einem zahnlosen Gesetz.",
        paragraphs=[
            "Der Bundestag hat am Mittwochabend in erster Lesung über eine Verschärfung der Mietpreisbremse beraten. Vermieter sollen künftig offenlegen müssen, wie hoch die Miete des Vormieters war.",
            "Nach Angaben des Mieterbundes liegen die Neuvertragsmieten in München, Hamburg und Frankfurt inzwischen um bis zu 30 Prozent über der ortsüblichen Vergleichsmiete. Die Regel greife in vielen Fällen nicht, weil Ausnahmen zu großzügig seien.",
            "Die Eigentümerverbände warnten dagegen vor weniger Neubau. Wer investiere, brauche Planungssicherheit, sagte ein Sprecher. Über den Entwurf soll im Frühjahr abgestimmt werden.",
        ],
    ),
    dict(
        slug="japan-exporters-yen", when="2017-02-20T14:00:00+09:00", place="TOKYO",
        agency="Reuters", sites=["meridian", "pacific"],
        headline="Japanese exporters brace for a stronger yen",
        standfirst="Carmakers and electronics firms cut their profit forecasts as the currency climbs.",
        paragraphs=[
            "Japan's big exporters are preparing for a stronger yen after the currency rose to its highest level against the dollar in three months, squeezing the value of sales made abroad.",
            "Two of the country's largest carmakers lowered their full-year operating profit forecasts on Monday, citing exchange rates. An electronics maker said every one-yen rise against the dollar cost it about 4 billion yen a year.",
            "Analysts said the yen was being bought as a safe haven while investors waited for details of trade policy from Washington. The Nikkei share average fell 1.2 percent.",
            "Finance ministry officials declined to comment on whether they would intervene in currency markets.",
        ],
    ),
    dict(
        slug="sao-paulo-floating-solar", when="2017-08-03", place="São Paulo",
        agency="", sites=["meridian"],
        headline="São Paulo opens its first floating solar farm",
        standfirst="Panels on the Billings reservoir will power a pumping station and cut evaporation.",
        paragraphs=[
            "São Paulo's water utility switched on a floating solar farm on the Billings reservoir on Thursday, the first of its kind in the metropolitan area. The 1,200 panels sit on plastic pontoons anchored to the reservoir floor.",
            "The utility said the plant would supply about a third of the electricity used by a nearby pumping station. Because the panels shade the water, engineers expect evaporation to fall during the dry winter months.",
            "Environmental groups welcomed the project but said the reservoir, long polluted by sewage from informal settlements along its banks, needed cleaning more than it needed panels.",
        ],
    ),
    dict(
        slug="london-rail-strikes", when="2018-01-15T07:45:00+00:00", place="LONDON",
        agency="", sites=["harbor"],
        headline="London commuters face week of rail strikes",
        standfirst="Guards walk out over plans for driver-only trains on suburban routes.",
        paragraphs=[
            "Commuters into London faced crowded platforms and cancelled trains on Monday as rail guards began the first of five days of strikes over the introduction of driver-only trains.",
            "The union said removing guards would make trains less safe for disabled and elderly passengers. The operator said guards would stay on board in a customer service role and that no jobs would be lost.",
            "About half of the usual services ran on the affected lines, and the operator advised passengers travelling from Brighton and Sussex to work from home where they could.",
        ],
    ),
    dict(
        slug="bay-area-late-night-transit", when="2018-05-22T18:20:00-07:00", place="SAN FRANCISCO",
        agency="", sites=["valley"],
        headline="Bay Area transit board approves late-night bus service",
        standfirst="Night workers have waited years for a way home after the trains stop.",
        paragraphs=[
            "The regional transit board voted 7-2 on Tuesday to fund an overnight bus network linking San Francisco, Oakland and San José, replacing a patchwork of routes that ran only on weekends.",
            "Restaurant and hospital workers told the board that they spent up to a third of their wages on ride-hailing trips home after midnight. The new buses will run every 30 minutes between 1 a.m. and 5 a.m.",
            "The service will cost about $9 million a year, to be paid from a bridge toll increase approved by voters in June. The first routes are due to start in October.",
        ],
    ),
    dict(
        slug="jakarta-floods-monsoon", when="2018-10-30", place="Jakarta",
        agency="", sites=["pacific"],
        headline="Jakarta floods displace thousands as monsoon arrives early",
        standfirst="Residents of riverside neighbourhoods spent the night in mosques and schools.",
        paragraphs=[
            "More than 6,000 people left their homes in East Jakarta on Tuesday after the Ciliwung river burst its banks following two days of heavy rain, the city's disaster agency said.",
            "Water reached the roofs of some houses in Kampung Melayu, where residents waded through brown water carrying children and motorcycles. The agency set up kitchens in schools and mosques.",
            "Forecasters said the rainy season had started nearly a month earlier than usual. Officials urged residents of low-lying districts to move valuables to higher floors.",
            "The city has spent heavily on dredging and sea walls, but much of northern Jakarta is sinking by several centimetres a year as groundwater is pumped out.",
        ],
    ),
    dict(
        slug="us-lawmakers-oil-sanctions-waiver", when="2019-03-08T11:00:00-05:00", place="WASHINGTON",
        agency="AP", sites=["harbor", "valley"],
        headline="US lawmakers question oil sanctions waiver",
        standfirst="A bipartisan group asks why two refiners may keep buying restricted crude.",
        paragraphs=[
            "A bipartisan group of US lawmakers on Friday asked the Treasury Department to explain why it granted waivers allowing two refiners to keep importing crude oil from countries under sanctions.",
            "In a letter, the senators said the waivers undercut the purpose of the sanctions and had been issued without the notice to Congress that the law requires. They asked for a reply within 30 days.",
            "A Treasury spokesman said the waivers were temporary and meant to avoid a spike in gasoline prices on the East Coast while refiners found other suppliers.",
            "Oil prices rose slightly after the letter was made public, with Brent crude trading above $66 a barrel.",
        ],
    ),
    dict(
        slug="zurich-glacier-drones", when="2019-07-19T16:30:00+02:00", place="ZÜRICH",
        agency="", sites=["meridian"],
        headline="Zürich researchers map glacier loss with drones",
        standfirst="Centimetre-scale maps show the Rhône glacier thinning faster at its edges.",
        paragraphs=[
            "Researchers in Zürich have mapped the Rhône glacier with swarms of small drones, producing elevation models accurate to a few centimetres, the team said on Friday.",
            "Comparing flights made a year apart, they found that the glacier's edges lost up to six metres of ice, twice as much as its centre. Blankets laid over part of the ice by a tourist business slowed the melt, but only locally.",
            "The team wants to fly the same routes every summer and share the data with hydropower companies, which depend on meltwater for their reservoirs.",
        ],
    ),
    dict(
        slug="greve-transports-paris", when="2019-12-05T08:00:00+01:00", place="Paris",
        agency="AFP", lang="fr", sites=["veilleur"],
        headline="Grève des transports : Paris au ralenti",
        standfirst="Métro fermé, trains supprimés : la mobilisation contre la réforme des retraites commence fort.",
        paragraphs=[
            "Onze lignes de métro sur seize étaient fermées jeudi matin à Paris, au premier jour d'une grève contre la réforme des retraites. Les usagers se sont rabattus sur les vélos, les trottinettes et la marche.",
            "À la gare de Lyon, les panneaux d'affichage annonçaient un TGV sur dix. Les syndicats ont appelé à reconduire le mouvement vendredi et promettent une grève « jusqu'au retrait » du projet.",
            "Le gouvernement a répété qu'il présenterait le détail de la réforme la semaine prochaine et qu'il restait ouvert à la discussion sur la durée de transition.",
        ],
    ),
    dict(
        slug="india-extends-lockdown", when="2020-04-11T08:00:00+05:30", place="NEW DELHI",
        agency="", sites=["harbor"],
        headline="India extends lockdown as migrant workers walk home",
        standfirst="States ask for more money to feed laid-off labourers stranded in cities.",
        paragraphs=[
            "India will extend its nationwide lockdown by at least two weeks, officials said on Saturday, as thousands of migrant workers who lost their jobs tried to walk hundreds of kilometres back to their villages.",
            "Several state governments asked the central government for emergency funds to run shelters and community kitchens. Railway services, which carry millions of workers home each year, remain suspended.",
            "Economists said the shutdown could push tens of millions of people back into poverty, and urged the government to transfer cash directly to the poorest households.",
        ],
    ),
    dict(
        slug="argentina-debt-deal", when="2020-09-14T20:00:00-03:00", place="BUENOS AIRES",
        agency="Reuters", sites=["meridian", "northfield"],
        headline="Argentina closes debt deal with private creditors",
        standfirst="The restructuring of $65 billion in bonds ends the country's ninth default.",
        paragraphs=[
            "Argentina on Monday completed the restructuring of $65 billion in foreign bonds, after 99 percent of holders accepted new securities with lower interest payments and longer maturities.",
            "Economy Minister Martín Guzmán said the agreement would save the country about $37.7 billion over the next decade and give it room to negotiate a new programme with the International Monetary Fund.",
            "Investors remain wary. Argentina's new bonds traded below their issue price on their first day, and the central bank tightened currency controls to protect its dwindling reserves.",
        ],
    ),
    dict(
        slug="kenya-sorghum-drought", when="2021-02-03", place="NAIROBI, Kenya",
        agency="", sites=["northfield"],
        headline="Kenyan farmers turn to drought-resistant sorghum",
        standfirst="Maize harvests keep failing in the east; a hardier grain is winning converts.",
        paragraphs=[
            "Farmers in eastern Kenya are planting sorghum in fields that have grown maize for generations, after three poor harvests in five years left many families dependent on food aid.",
            "Sorghum needs about a third less water than maize and tolerates heat better, agronomists say. A brewery that buys the grain for beer has guaranteed prices for farmers who sign up for its programme.",
            "The switch is not easy. Birds eat the ripening grain, and many families say they prefer the taste of maize meal. Extension officers are teaching farmers to mix the two flours.",
        ],
    ),
    dict(
        slug="kyiv-tram-lines", when="2021-06-28T12:15:00+03:00", place="KYIV, Ukraine",
        agency="", sites=["valley"],
        headline="Kyiv unveils plan to restore Soviet-era tram lines",
        standfirst="The city wants fewer cars on its bridges and more trams across the Dnipro.",
        paragraphs=[
            "Kyiv's city council on Monday approved a plan to rebuild 40 kilometres of tram track removed in the 1990s and to buy 60 low-floor trams over the next five years.",
            "The deputy mayor for transport said traffic on the bridges over the Dnipro river had doubled in a decade and that trams were the cheapest way to move more people across them.",
            "The first line to be restored will run along the left bank, where new housing estates have few metro stations. Construction is due to begin next spring if financing from a European development bank is confirmed.",
        ],
    ),
    dict(
        slug="glasgow-climate-coal", when="2021-11-05T10:00:00+00:00", place="GLASGOW, Scotland",
        agency="AFP", sites=["harbor", "pacific"],
        headline="Climate talks in Glasgow stall over coal language",
        standfirst="Negotiators argue over whether the final text should say 'phase out' or 'phase down'.",
        paragraphs=[
            "Negotiators at the UN climate conference in Glasgow were deadlocked on Friday over how strongly the final agreement should commit countries to ending the use of coal.",
            "A draft text called for countries to accelerate the phase-out of coal power, but several large coal consumers pushed for softer wording, delegates said.",
            "Small island states said the wording mattered less than money, and accused rich countries of failing to deliver the $100 billion a year in climate finance promised more than a decade ago.",
            "The conference is scheduled to end next Friday, but talks have often run over time.",
        ],
    ),
    dict(
        slug="oil-prices-russian-import-ban", when="2022-03-07T10:00:00-05:00", place="WASHINGTON",
        agency="Reuters", sites=["meridian", "pacific"],
        headline="Oil prices jump as Washington weighs ban on Russian imports",
        standfirst="Brent crude briefly tops $139 a barrel, its highest level since 2008.",
        paragraphs=[
            "Oil prices surged on Monday after the United States said it was discussing a ban on imports of Russian crude with its allies, as the war in Ukraine threatened supplies from the world's largest oil exporter.",
            "Brent crude briefly rose above $139 a barrel before easing. Gasoline prices in the United States reached a national average of $4.06 a gallon, the highest since 2008.",
            "Officials in Washington said they were also in contact with producers such as Saudi Arabia and Venezuela about raising output, though any sanctions relief for Caracas would face opposition in Congress.",
            "European governments, which depend far more on Russian energy, said they were not ready to follow with a ban of their own.",
        ],
    ),
    dict(
        slug="venezuela-frees-americans", when="2022-03-09T15:40:00-04:00", place="CARACAS, Venezuela",
        agency="AP", sites=["harbor"],
        headline="Venezuela frees two Americans after talks with US delegation",
        standfirst="The release follows the first high-level contact between the two governments in years.",
        paragraphs=[
            "Venezuela released two detained Americans on Tuesday night, days after a delegation of senior US officials travelled to Caracas for talks with President Nicolás Maduro's government.",
            "One of the men, an oil executive, had been held since 2017 on corruption charges that his family says were fabricated. The other was a tourist arrested near the Colombian border.",
            "The White House said the talks had focused on the detained Americans and on energy security, and that no decision had been made on easing oil sanctions.",
        ],
    ),
    dict(
        slug="krakow-obwarzanek", when="2022-08-17", place="Kraków",
        agency="", lang="de", sites=["kurier"],
        headline="Krakóws Brezelbäcker kämpfen um geschützte Herkunft",
        standfirst="Der Obwarzanek krakowski darf nur in der Region gebacken werden – Nachahmer gibt es trotzdem.",
        paragraphs=[
            "In Kraków verkaufen Straßenhändler jeden Tag rund 150.000 Obwarzanki, geflochtene Hefekringel mit Mohn, Sesam oder Salz. Seit 2010 ist das Gebäck in der EU als geschützte geografische Angabe registriert.",
            "Die Bäckerinnung klagt nun über Supermarktketten, die tiefgekühlte Kringel aus anderen Landesteilen unter ähnlichem Namen anbieten. Sie hat bei der Behörde in Warschau Beschwerde eingelegt.",
            "Für die Händler an den blauen Wagen auf dem Marktplatz geht es um ihre Existenz. Viele stehen seit Jahrzehnten am selben Platz, im Sommer wie im Winter.",
        ],
    ),
    dict(
        slug="sydney-heatwave-record", when="2023-01-26T06:00:00+11:00", place="SYDNEY",
        agency="", sites=["pacific"],
        headline="Sydney heatwave breaks January records",
        standfirst="Western suburbs reach 47 degrees as fire crews stand ready.",
        paragraphs=[
            "Temperatures in Sydney's western suburbs reached 47 degrees on Wednesday, the hottest January day since records began, the weather bureau said.",
            "Hospitals reported a rise in patients with heat stress, and the state government opened air-conditioned libraries and community halls overnight. Fire crews were placed on alert across the Blue Mountains.",
            "Climate scientists said the heat was consistent with a warming trend that has made extreme summer temperatures in south-eastern Australia far more frequent since the 1990s.",
        ],
    ),
    dict(
        slug="philippine-fishermen-disputed-waters", when="2023-05-30T09:00:00+08:00", place="MANILA",
        agency="Reuters", sites=["valley", "harbor"],
        headline="Philippine fishermen report new encounters in disputed waters",
        standfirst="Coast guard says boats were shadowed for hours near Scarborough Shoal.",
        paragraphs=[
            "Philippine fishermen said on Tuesday that vessels had followed and blocked their boats near Scarborough Shoal, the latest in a series of encounters in disputed waters of the South China Sea.",
            "The Philippine coast guard said it had sent a ship to the area and recorded the positions of more than a dozen vessels. It released photographs showing boats within a few metres of a fishing outrigger.",
            "Fishing communities in Zambales province say their catches have fallen sharply since access to the shoal became uncertain, and many crews now stay closer to shore.",
        ],
    ),
    dict(
        slug="eu-ai-hiring-rules", when="2023-10-12T17:00:00+02:00", place="BRUSSELS",
        agency="", sites=["meridian"],
        headline="EU negotiators agree rules for AI used in hiring",
        standfirst="Employers will have to tell applicants when software screens their CVs.",
        paragraphs=[
            "European Union negotiators agreed on Thursday that software used to screen job applicants should be classed as high-risk, obliging employers to tell candidates when an algorithm has assessed them.",
            "Under the compromise, companies selling such systems must document the data used to train them and test them for bias before they are sold in the bloc. Workers' representatives must be consulted before the tools are introduced.",
            "Business groups said the rules would burden small firms, while unions said they did not go far enough because employers could still use the systems to monitor staff.",
        ],
    ),
    dict(
        slug="mexico-city-reservoirs", when="2024-04-02T13:30:00-06:00", place="MEXICO CITY",
        agency="AP", sites=["northfield", "valley"],
        headline="Mexico City reservoirs hit record low",
        standfirst="Water trucks queue in the south of the capital as rationing widens.",
        paragraphs=[
            "The reservoirs that supply about a quarter of Mexico City's water fell to a record low of 32 percent of capacity on Tuesday, the national water commission said.",
            "Authorities have cut the flow from the Cutzamala system twice this year, and neighbourhoods in the south of the capital now receive piped water only a few days a week. Residents there queue for deliveries from water trucks.",
            "Engineers say the city loses about 40 percent of its water to leaks in ageing pipes, and that fixing them would do more than any new reservoir.",
        ],
    ),
    dict(
        slug="ghana-cocoa-recovers", when="2024-09-18", place="ACCRA, Ghana",
        agency="", sites=["northfield"],
        headline="Ghana's cocoa harvest recovers after disease outbreak",
        standfirst="Replanted farms are bearing pods again, but smuggling still drains supply.",
        paragraphs=[
            "Ghana's cocoa board expects the coming harvest to be about 15 percent larger than last season's, as farms replanted after an outbreak of swollen shoot virus begin to bear pods again.",
            "Farmers in the Western North region said higher prices paid at the farm gate had encouraged them to tend their trees more carefully, though fertiliser remained expensive.",
            "The board said smuggling of beans to neighbouring countries, where prices are sometimes higher, continued to cost Ghana tens of thousands of tonnes a year.",
        ],
    ),
    dict(
        slug="inauguration-freezing-crowds", when="2025-01-20T12:00:00-05:00", place="WASHINGTON",
        agency="", sites=["harbor"],
        headline="Inauguration crowds brave freezing temperatures",
        standfirst="The ceremony moved indoors, but thousands still gathered on the National Mall.",
        paragraphs=[
            "Thousands of people gathered on the National Mall in Washington on Monday despite temperatures well below freezing, after the inauguration ceremony was moved inside the Capitol.",
            "Giant screens along the Mall showed the swearing-in, and vendors sold hand warmers alongside flags and hats. Police said the crowd was smaller than at recent inaugurations.",
            "The last inauguration moved indoors because of cold weather took place in 1985, when the temperature at noon was minus 14 degrees Celsius.",
        ],
    ),
    dict(
        slug="indonesia-new-capital-offices", when="2025-06-05T07:30:00+07:00", place="Nusantara, Indonesia",
        agency="", sites=["pacific"],
        headline="Indonesia opens new capital's first government offices",
        standfirst="Civil servants begin moving to Nusantara, but most ministries stay in Jakarta for now.",
        paragraphs=[
            "The first civil servants began work in Indonesia's new capital, Nusantara, on Thursday, as four ministries opened offices in the city being built in the forests of East Kalimantan.",
            "The government says moving the capital will ease the burden on Jakarta, which is crowded, polluted and sinking. Critics say the project has cleared forest and displaced indigenous communities.",
            "Only a few thousand officials are expected to move this year. Most ministries will remain in Jakarta until housing, schools and hospitals in Nusantara are finished.",
        ],
    ),
    dict(
        slug="reykjavik-geothermal-heating", when="2025-10-21", place="REYKJAVÍK, Iceland",
        agency="", sites=["valley"],
        headline="Reykjavík geothermal plant expands district heating",
        standfirst="New wells will heat 9,000 more homes and melt snow on city pavements.",
        paragraphs=[
            "Reykjavík's energy utility has finished drilling four new wells at its Hellisheiði geothermal plant, adding enough hot water to heat about 9,000 homes, the company said.",
            "Almost every house in the Icelandic capital is heated by geothermal water piped from plants outside the city. Some of the water is used a second time to keep pavements and car parks free of ice in winter.",
            "The utility said it would also inject more carbon dioxide captured at the plant into basalt rock, where it turns to stone within two years.",
        ],
    ),
    dict(
        slug="istanbul-ferry-fares", when="2016-03-14T09:00:00+02:00", place="ISTANBUL",
        agency="", sites=["meridian"],
        headline="Istanbul ferry fares rise as commuters switch from bridges",
        standfirst="Ridership across the Bosphorus is up 12 percent in a year.",
        paragraphs=[
            "Istanbul's ferry operator raised fares by 8 percent on Monday, saying record ridership had forced it to bring older boats back into service and hire more crew.",
            "Traffic on the two Bosphorus bridges has grown so dense that many commuters now take the ferry between Kadıköy and Karaköy, a crossing of about 20 minutes.",
            "Passenger groups said the increase was steeper than inflation and asked the city to restore discounts for students and pensioners.",
        ],
    ),
    dict(
        slug="lagos-rail-opens", when="2023-09-04T10:00:00+01:00", place="LAGOS, Nigeria",
        agency="AFP", sites=["kurier", "northfield"],
        headline="Lagos opens first stretch of light rail line",
        standfirst="Trains will carry 175,000 passengers a day once the line is complete.",
        paragraphs=[
            "Lagos opened the first stretch of its Blue Line light rail on Monday, decades after the project was first proposed, offering commuters an alternative to the city's notorious traffic jams.",
            "The 13-kilometre section runs from Marina on Lagos Island to Mile 2 on the mainland. Officials said a journey that can take two hours by road would take about 15 minutes by train.",
            "The state government said a second phase would extend the line to Okokomaiko. Fares will be paid with a contactless card also used on city buses.",
        ],
    ),
    dict(
        slug="seoul-housing-loans", when="2024-11-28T15:00:00+09:00", place="SEOUL",
        agency="", sites=["pacific"],
        headline="South Korea tightens rules on housing loans",
        standfirst="Banks must cap lending as apartment prices in Seoul climb again.",
        paragraphs=[
            "South Korea's financial regulator told banks on Thursday to limit new mortgage lending and to apply stricter income checks, as apartment prices in Seoul rose for a 36th consecutive week.",
            "Household debt in South Korea is among the highest in the world relative to economic output. The central bank has warned that rising property prices could make it harder to cut interest rates.",
            "Real estate agents in Gangnam said buyers were rushing to close deals before the rules take effect next month.",
        ],
    ),
    dict(
        slug="hanoi-motorbike-ban", when="2025-03-11T08:30:00+07:00", place="HANOI, Vietnam",
        agency="Reuters", sites=["valley", "meridian"],
        headline="Hanoi sets date for petrol motorbike ban in old quarter",
        standfirst="Riders will have to switch to electric scooters inside the first ring road.",
        paragraphs=[
            "Hanoi will ban petrol-powered motorbikes from its old quarter and surrounding districts from mid-2026, the city government said on Tuesday, in an effort to cut some of the worst air pollution in Asia.",
            "The city has about seven million motorbikes. Officials said they would offer subsidies to low-income riders who trade in old bikes for electric models and expand bus services in the affected area.",
            "Street vendors and delivery riders said the timetable was too short and that charging points were still rare.",
        ],
    ),
]
