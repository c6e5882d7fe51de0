"""A small gazetteer: countries, US states and large news cities.

It lets a short line such as "Washington, United States" or "Jakarta" be told
apart from a byline such as "Agencies". It is general world knowledge, not a
list of any site's wording, and it only confirms what the line's shape suggests.
"""
from __future__ import annotations

COUNTRIES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|
Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|
China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|
Dominica|Dominican Republic|DR Congo|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|England|Eritrea|
Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|
Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|
Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|
Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|
Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|
Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|
Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|
Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|United States|
USA|U.S.|US|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Viet Nam|Wales|Yemen|
Zambia|Zimbabwe|Gaza|West Bank|Crimea|Catalonia|Quebec|Ontario|Bavaria|Sicily|Tasmania|Kashmir
"""

US_STATES = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|
Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D.C.|DC|
Calif.|Fla.|Tex.|Mass.|Mich.|Ill.|Ga.|Pa.|Va.|Md.|N.J.|N.Y.|Ariz.|Colo.|Conn.|Ky.|La.|Minn.|Mo.|
Nev.|Ore.|Tenn.|Wash.|Wis.|Ala.|Ark.|Okla.|Miss.|Kan.|Neb.|N.M.|N.C.|S.C.|N.H.|R.I.|Vt.|Del.|Ind.
"""

CITIES = """
Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Athens|Atlanta|Auckland|Baghdad|Baku|Bangkok|
Barcelona|Beijing|Beirut|Belgrade|Berlin|Bern|Bogota|Bogotá|Boston|Brasilia|Brasília|Brussels|
Bucharest|Budapest|Buenos Aires|Cairo|Canberra|Cape Town|Caracas|Chicago|Copenhagen|Dakar|Damascus|
Dallas|Delhi|Denver|Detroit|Dhaka|Doha|Dubai|Dublin|Edinburgh|Frankfurt|Geneva|Genf|Genève|Hamburg|
Hanoi|Havana|Helsinki|Houston|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Karachi|
Kathmandu|Khartoum|Kyiv|Kiev|Kinshasa|Kuala Lumpur|Lagos|La Paz|Lima|Lisbon|London|Los Angeles|
Luanda|Lyon|Madrid|Managua|Manila|Marseille|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|
Montreal|Moscow|Mumbai|Munich|München|Nairobi|New Delhi|New Orleans|New York|Oslo|Ottawa|Paris|
Philadelphia|Phoenix|Prague|Pretoria|Pyongyang|Quito|Rabat|Riyadh|Rio de Janeiro|Rome|San Francisco|
Santiago|Sao Paulo|São Paulo|Sarajevo|Seattle|Seoul|Shanghai|Singapore|Sofia|Stockholm|Surabaya|
Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|The Hague|Tokyo|Toronto|Tripoli|Tunis|
Ulaanbaatar|Vancouver|Vienna|Wien|Vilnius|Warsaw|Washington|Wellington|Yangon|Yerevan|Zagreb|Zurich|
Zürich|Bandung|Medan|Denpasar|Yogyakarta|Makassar|Osaka|Kyoto|Lahore|Kolkata|Chennai|Bangalore|
Geneva|Strasbourg|Hong Kong|Macau|Guangzhou|Shenzhen|Wuhan|Kharkiv|Odesa|Lviv|Mariupol|Gaza City
"""


#: The small words written in lower case inside the names of places and of people ("Frankfurt am
#: Main", "Rio de Janeiro", "Walter von Aachen")
NAME_PARTICLES = frozenset("de da do dos das del della di du des la le les el al am an der den of upon "
                           "von van ter ten bin".split())


def _names(block: str) -> frozenset[str]:
    return frozenset(name.strip().lower() for name in block.replace("\n", "").split("|") if name.strip())


REGIONS = _names(COUNTRIES) | _names(US_STATES)
PLACES = REGIONS | _names(CITIES)


def is_known_place(name: str) -> bool:
    return name.strip().lower() in PLACES


def is_known_region(name: str) -> bool:
    return name.strip().lower() in REGIONS
